import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  EMPTY_OPTIONS_SCHEMA,
  capacityIndexFor,
  compareFindings,
  concernsChange,
  defineRule,
  deriveRisk,
  fingerprintOf,
  higherRisk,
  interpolate,
  lossesOf,
  remainingCapacity,
  requiredCapacity,
  riskSettings,
  sha256Hex,
  soakSettings,
  stableStringify,
  stepToReport,
  stepsEmergencyReach,
  timelineOptionsFor,
  unwaivableMessageIds,
  worstSiteLoss
} from "./cli-chunk-IHQNHCRA.js";
import {
  buildTimeline,
  targetsOf
} from "./cli-chunk-TO5V6PRQ.js";
import {
  progressText
} from "./cli-chunk-IK2H635M.js";
import {
  formatInstant,
  localParts,
  parseInstant
} from "./cli-chunk-45VVUP2D.js";
import {
  isRuleTestDocument,
  selectFiles
} from "./cli-chunk-QDRY2GZP.js";
import {
  DEFAULT_LOAD_LIMITS,
  defineOwn,
  fileTooLarge,
  loadYaml,
  locate
} from "./cli-chunk-HMPC5YSJ.js";
import {
  didYouMean,
  folderKindOf,
  validateDocument,
  validatorForSchema
} from "./cli-chunk-ZKHIW7JU.js";
import {
  pointerOf
} from "./cli-chunk-MCFCEMX4.js";
import {
  withholdUnresolved
} from "./cli-chunk-POQZWAN2.js";

// src/model/reuse.ts
function builtModelMemo() {
  return { changes: /* @__PURE__ */ new WeakMap() };
}
function reusedInventory(memo, documents) {
  const known = memo.inventory;
  if (known && known.documents.length === documents.length && known.documents.every((d, i) => d.file === documents[i]?.file && d.value === documents[i]?.value)) return known;
  memo.inventory = void 0;
  memo.changes = /* @__PURE__ */ new WeakMap();
  return void 0;
}
function rememberInventory(memo, documents, built, problems) {
  memo.inventory = { documents: documents.map((d) => ({ file: d.file, value: d.value })), built, problems };
  memo.changes = /* @__PURE__ */ new WeakMap();
}
function reusedChange(memo, doc, zone) {
  const known = memo.changes.get(doc.value);
  if (!known || known.file !== doc.file || known.zone !== zone) return void 0;
  return { change: copyOfChange(known.change), problems: known.problems };
}
function rememberChange(memo, doc, zone, change, problems) {
  memo.changes.set(doc.value, { file: doc.file, zone, change: copyOfChange(change), problems });
}
function copyOfChange(c) {
  const copy = {
    id: c.id,
    title: c.title,
    owner: c.owner,
    purpose: c.purpose,
    declaredRisk: c.declaredRisk,
    state: c.state,
    capacityUpgrade: c.capacityUpgrade,
    approvals: c.approvals,
    notify: c.notify,
    steps: c.steps,
    revision: c.revision,
    record: void 0,
    file: c.file,
    at: c.at
  };
  if (c.escalation) copy.escalation = c.escalation;
  return copy;
}

// node_modules/@marcbachmann/cel-js/lib/errors.js
var CelError = class extends Error {
  #node;
  #code;
  #range;
  #summary;
  constructor({ name, code, message, node, cause, range }) {
    super(message, cause ? { cause } : void 0);
    this.name = name;
    this.#code = code;
    this.#summary = message;
    this.#node = node;
    this.#range = range && normalizeRange(range) || normalizeRange(node);
    if (!node?.input) return;
    this.message = formatErrorWithHighlight(this.#summary, node, this.#range);
  }
  get node() {
    return this.#node;
  }
  get code() {
    return this.#code;
  }
  get range() {
    return this.#range;
  }
  get summary() {
    return this.#summary;
  }
  withAst(node) {
    if (this.#node || !node?.input) return this;
    this.#node = node;
    this.#range ??= normalizeRange(node);
    this.message = formatErrorWithHighlight(this.#summary, node, this.#range);
    return this;
  }
};
function normalizeArgs(name, defaultCode, message, node, cause) {
  if (typeof message === "string") return { name, code: defaultCode, message, node, cause };
  const opts = message;
  if (typeof opts !== "object") throw new Error("First param to error must be a string or object");
  return {
    name,
    code: opts.code || defaultCode,
    message: opts.message,
    node: opts.node,
    cause: opts.cause,
    range: opts.range
  };
}
var ParseError = class extends CelError {
  constructor(message, node, cause) {
    super(normalizeArgs("ParseError", "parse_error", message, node, cause));
  }
};
var EvaluationError = class extends CelError {
  constructor(message, node, cause) {
    super(normalizeArgs("EvaluationError", "evaluation_error", message, node, cause));
  }
};
var TypeError2 = class extends CelError {
  constructor(message, node, cause) {
    super(normalizeArgs("TypeError", "type_error", message, node, cause));
  }
};
function parseError(code, message, node) {
  if (typeof code === "object") return new ParseError(code);
  return new ParseError({ code, message, node });
}
function evaluationError(code, message, node) {
  if (typeof code === "object") return new EvaluationError(code);
  return new EvaluationError({ code, message, node });
}
function typeError(code, message, node) {
  if (typeof code === "object") return new TypeError2(code);
  return new TypeError2({ code, message, node });
}
function normalizeRange(node) {
  const start = node?.pos ?? node?.start;
  if (typeof start !== "number") return;
  const end = typeof node.end === "number" ? node.end : start;
  return { start, end };
}
function formatErrorWithHighlight(message, node, range) {
  const pos = node.pos ?? range?.start;
  if (typeof pos !== "number") return message;
  const input = node.input;
  let lineNum = 1;
  let currentPos = 0;
  let columnNum = 0;
  while (currentPos < pos) {
    if (input[currentPos] === "\n") {
      lineNum++;
      columnNum = 0;
    } else {
      columnNum++;
    }
    currentPos++;
  }
  let contextStart = pos;
  let contextEnd = pos;
  while (contextStart > 0 && input[contextStart - 1] !== "\n") contextStart--;
  while (contextEnd < input.length && input[contextEnd] !== "\n") contextEnd++;
  const line = input.slice(contextStart, contextEnd);
  const highlight = `> ${`${lineNum}`.padStart(4, " ")} | ${line}
${" ".repeat(9 + columnNum)}^`;
  return `${message}

${highlight}`;
}
function attachErrorAst(error, node) {
  if (error instanceof CelError) return error.withAst(node);
  return error;
}

// node_modules/@marcbachmann/cel-js/lib/optional.js
var Optional = class _Optional {
  #value;
  constructor(value) {
    this.#value = value;
  }
  static of(value) {
    if (value === void 0) return OPTIONAL_NONE;
    return new _Optional(value);
  }
  static none() {
    return OPTIONAL_NONE;
  }
  hasValue() {
    return this.#value !== void 0;
  }
  value() {
    if (this.#value === void 0) {
      throw evaluationError("optional_value_missing", "Optional value is not present");
    }
    return this.#value;
  }
  or(optional) {
    if (this.#value !== void 0) return this;
    if (optional instanceof _Optional) return optional;
    throw evaluationError(
      "invalid_optional_argument",
      "Optional.or must be called with an Optional argument"
    );
  }
  orValue(defaultValue) {
    return this.#value === void 0 ? defaultValue : this.#value;
  }
  get [Symbol.toStringTag]() {
    return "optional";
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return this.#value === void 0 ? `Optional { none }` : `Optional { value: ${JSON.stringify(this.#value)} }`;
  }
};
var OPTIONAL_NONE = Object.freeze(new Optional());
var OptionalNamespace = class {
};
var optionalNamespace = new OptionalNamespace();
function toggleOptionalTypes(registry, enable) {
  const optionalConstant = enable ? optionalNamespace : void 0;
  registry.deleteVariable("optional");
  registry.registerConstant("optional", "OptionalNamespace", optionalConstant);
}
function register(registry) {
  const sync = { async: false };
  const functionOverload = (sig, handler) => registry.registerFunctionOverload(sig, handler, sync);
  const optionalConstant = registry.enableOptionalTypes ? optionalNamespace : void 0;
  registry.registerType("OptionalNamespace", OptionalNamespace);
  registry.registerConstant("optional", "OptionalNamespace", optionalConstant);
  functionOverload("optional.hasValue(): bool", (v) => v.hasValue());
  functionOverload("optional<A>.value(): A", (v) => v.value());
  registry.registerFunctionOverload("OptionalNamespace.none(): optional<T>", () => Optional.none());
  functionOverload("OptionalNamespace.of(A): optional<A>", (_, value) => Optional.of(value));
  function ensureOptional(value, ast, description) {
    if (value instanceof Optional) return value;
    throw evaluationError("optional_expected", `${description} must be optional`, ast);
  }
  function evaluateOptional(ev, macro, ctx) {
    const v = ev.run(macro.receiver, ctx);
    if (v instanceof Promise) return v.then((_v) => handleOptionalResolved(_v, ev, macro, ctx));
    return handleOptionalResolved(v, ev, macro, ctx);
  }
  function handleOptionalResolved(value, ev, macro, ctx) {
    const optional = ensureOptional(value, macro.receiver, `${macro.functionDesc} receiver`);
    if (optional.hasValue()) return macro.onHasValue(optional);
    return macro.onEmpty(ev, macro, ctx);
  }
  function ensureOptionalType(checker, node, ctx, description) {
    const type = checker.check(node, ctx);
    if (type.kind === "optional") return type;
    if (type.kind === "dyn") return checker.getType("optional");
    throw checker.createError("optional_expected", `${description} must be optional, got '${type}'`, node);
  }
  function createOptionalMacro({ functionDesc, evaluate: evaluate3, typeCheck, onHasValue, onEmpty }) {
    return ({ ast, args, receiver }) => ({
      ast,
      functionDesc,
      receiver,
      arg: args[0],
      evaluate: evaluate3,
      typeCheck,
      onHasValue,
      onEmpty
    });
  }
  const invalidOrValueReceiver = "optional.orValue() receiver";
  const invalidOrReceiver = "optional.or(optional) receiver";
  const invalidOrArg = "optional.or(optional) argument";
  registry.registerFunctionOverload(
    "optional.or(ast): optional<dyn>",
    createOptionalMacro({
      functionDesc: "optional.or(optional)",
      evaluate: evaluateOptional,
      typeCheck(check2, macro, ctx) {
        const l = ensureOptionalType(check2, macro.receiver, ctx, invalidOrReceiver);
        const r = ensureOptionalType(check2, macro.arg, ctx, invalidOrArg);
        if (!(macro.receiver.maybeAsync || macro.arg.maybeAsync)) macro.ast.setMeta("async", false);
        const unified = l.unify(check2.registry, r);
        if (unified) return unified;
        throw check2.createError(
          "incompatible_argument_type",
          `${macro.functionDesc} argument must be compatible type, got '${l}' and '${r}'`,
          macro.arg
        );
      },
      onHasValue: (optional) => optional,
      onEmpty(ev, macro, ctx) {
        const ast = macro.arg;
        const v = ev.run(ast, ctx);
        if (v instanceof Promise) return v.then((_v) => ensureOptional(_v, ast, invalidOrArg));
        return ensureOptional(v, ast, invalidOrArg);
      }
    })
  );
  registry.registerFunctionOverload(
    "optional.orValue(ast): dyn",
    createOptionalMacro({
      functionDesc: "optional.orValue(value)",
      onHasValue: (optionalValue) => optionalValue.value(),
      onEmpty(ev, macro, ctx) {
        return ev.run(macro.arg, ctx);
      },
      evaluate: evaluateOptional,
      typeCheck(check2, macro, ctx) {
        const l = ensureOptionalType(check2, macro.receiver, ctx, invalidOrValueReceiver).valueType;
        const r = check2.check(macro.arg, ctx);
        if (!(macro.receiver.maybeAsync || macro.arg.maybeAsync)) macro.ast.setMeta("async", false);
        const unified = l.unify(check2.registry, r);
        if (unified) return unified;
        throw check2.createError(
          "incompatible_argument_type",
          `${macro.functionDesc} argument must be compatible type, got '${l}' and '${r}'`,
          macro.arg
        );
      }
    })
  );
}

// node_modules/@marcbachmann/cel-js/lib/globals.js
var hasOwn = Object.hasOwn;
var objKeys = Object.keys;
var objFreeze = Object.freeze;
var objEntries = Object.entries;
var isArray = Array.isArray;
var arrayFrom = Array.from;
var MIN_UINT = 0n;
var MAX_UINT = 18446744073709551615n;
var MAX_INT = 9223372036854775807n;
var MIN_INT = -9223372036854775808n;
function isAsync(fn, fallback) {
  if (fn?.[Symbol.toStringTag] === "AsyncFunction") return true;
  return typeof fallback === "boolean" ? fallback : true;
}
var RESERVED = /* @__PURE__ */ new Set([
  "as",
  "break",
  "const",
  "continue",
  "else",
  "for",
  "function",
  "if",
  "import",
  "let",
  "loop",
  "package",
  "namespace",
  "return",
  "var",
  "void",
  "while",
  "__proto__",
  "prototype"
]);

// node_modules/@marcbachmann/cel-js/lib/functions.js
var UnsignedInt = class {
  #value;
  constructor(value) {
    this.verify(typeof value === "bigint" ? value : BigInt(value));
  }
  get value() {
    return this.#value;
  }
  valueOf() {
    return this.#value;
  }
  toString() {
    return `${this.#value}`;
  }
  verify(v) {
    if (v < MIN_UINT || v > MAX_UINT) {
      throw evaluationError("numeric_overflow", "Unsigned integer overflow");
    }
    this.#value = v;
  }
  get [Symbol.toStringTag]() {
    return `value = ${this.#value}`;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return `UnsignedInteger { value: ${this.#value} }`;
  }
};
var billion = 1e9;
var billionBigInt = 1000000000n;
var UNIT_NANOSECONDS = {
  h: 3600000000000n,
  m: 60000000000n,
  s: billionBigInt,
  ms: 1000000n,
  us: 1000n,
  \u00B5s: 1000n,
  ns: 1n
};
var Duration = class _Duration {
  #seconds;
  #nanos;
  constructor(seconds, nanos = 0) {
    this.#seconds = BigInt(seconds);
    this.#nanos = nanos;
  }
  get seconds() {
    return this.#seconds;
  }
  get nanos() {
    return this.#nanos;
  }
  valueOf() {
    return Number(this.#seconds) * 1e3 + this.#nanos / 1e6;
  }
  static fromMilliseconds(ms) {
    const totalNanos = BigInt(Math.trunc(ms * 1e6));
    const seconds = totalNanos / billionBigInt;
    const nanos = Number(totalNanos % billionBigInt);
    return new _Duration(seconds, nanos);
  }
  addDuration(other) {
    const nanos = this.#nanos + other.nanos;
    return new _Duration(
      this.#seconds + other.seconds + BigInt(Math.floor(nanos / billion)),
      nanos % billion
    );
  }
  subtractDuration(other) {
    const nanos = this.#nanos - other.nanos;
    return new _Duration(
      this.#seconds - other.seconds + BigInt(Math.floor(nanos / billion)),
      (nanos + billion) % billion
    );
  }
  extendTimestamp(ts) {
    return new Date(
      ts.getTime() + Number(this.#seconds) * 1e3 + Math.floor(this.#nanos / 1e6)
    );
  }
  subtractTimestamp(ts) {
    return new Date(
      ts.getTime() - Number(this.#seconds) * 1e3 - Math.floor(this.#nanos / 1e6)
    );
  }
  toString() {
    const nanos = this.#nanos ? (this.#nanos / billion).toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 9 }).slice(1) : "";
    return `${this.#seconds}${nanos}s`;
  }
  getHours() {
    return this.#seconds / 3600n;
  }
  getMinutes() {
    return this.#seconds / 60n;
  }
  getSeconds() {
    return this.#seconds;
  }
  getMilliseconds() {
    return this.#seconds * 1000n + BigInt(Math.floor(this.#nanos / 1e6));
  }
  get [Symbol.toStringTag]() {
    return "google.protobuf.Duration";
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return `google.protobuf.Duration { seconds: ${this.#seconds}, nanos: ${this.#nanos} }`;
  }
};
function registerFunctions(registry) {
  const sync = { async: false };
  const functionOverload = (sig, handler) => registry.registerFunctionOverload(sig, handler, sync);
  const identity2 = (v) => v;
  functionOverload("dyn(dyn): dyn", identity2);
  for (const _t in TYPES) {
    const type = TYPES[_t];
    if (!(type instanceof Type)) continue;
    functionOverload(`type(${type.name}): type`, () => type);
  }
  functionOverload("bool(bool): bool", identity2);
  functionOverload("bool(string): bool", (v) => {
    switch (v) {
      case "1":
      case "t":
      case "true":
      case "TRUE":
      case "True":
        return true;
      case "0":
      case "f":
      case "false":
      case "FALSE":
      case "False":
        return false;
      default:
        throw evaluationError(
          "bool_conversion_error",
          `bool() conversion error: invalid string value "${v}"`
        );
    }
  });
  functionOverload("size(string): int", (v) => BigInt(stringSize(v)));
  functionOverload("size(bytes): int", (v) => BigInt(v.length));
  functionOverload("size(list): int", (v) => BigInt(v.length ?? v.size));
  functionOverload("size(map): int", (v) => BigInt(v instanceof Map ? v.size : objKeys(v).length));
  functionOverload("string.size(): int", (v) => BigInt(stringSize(v)));
  functionOverload("bytes.size(): int", (v) => BigInt(v.length));
  functionOverload("list.size(): int", (v) => BigInt(v.length ?? v.size));
  functionOverload("map.size(): int", (v) => BigInt(v instanceof Map ? v.size : objKeys(v).length));
  functionOverload("bytes(string): bytes", (v) => ByteOpts.fromString(v));
  functionOverload("bytes(bytes): bytes", identity2);
  functionOverload("double(double): double", identity2);
  functionOverload("double(int): double", (v) => Number(v));
  functionOverload("double(uint): double", (v) => Number(v));
  functionOverload("double(string): double", (v) => {
    if (!v || v !== v.trim())
      throw evaluationError(
        "double_conversion_error",
        "double() type error: cannot convert to double"
      );
    const s = v.toLowerCase();
    switch (s) {
      case "inf":
      case "+inf":
      case "infinity":
      case "+infinity":
        return Number.POSITIVE_INFINITY;
      case "-inf":
      case "-infinity":
        return Number.NEGATIVE_INFINITY;
      case "nan":
        return Number.NaN;
      default: {
        const parsed = Number(v);
        if (!Number.isNaN(parsed)) return parsed;
        throw evaluationError(
          "double_conversion_error",
          "double() type error: cannot convert to double"
        );
      }
    }
  });
  functionOverload("int(int): int", identity2);
  functionOverload("int(double): int", (v) => {
    if (Number.isFinite(v)) return BigInt(Math.trunc(v));
    throw evaluationError("numeric_overflow", "int() type error: integer overflow");
  });
  functionOverload("int(string): int", (v) => {
    if (v !== v.trim() || v.length > 20 || v.includes("0x")) {
      throw evaluationError("int_conversion_error", "int() type error: cannot convert to int");
    }
    try {
      const num = BigInt(v);
      if (num <= MAX_INT && num >= MIN_INT) return num;
    } catch (_e) {
    }
    throw evaluationError("int_conversion_error", "int() type error: cannot convert to int");
  });
  functionOverload("uint(uint): uint", identity2);
  functionOverload("uint(int): uint", (v) => {
    try {
      return new UnsignedInt(v);
    } catch (e) {
      throw evaluationError("uint_conversion_error", "uint() type error: cannot convert to uint");
    }
  });
  functionOverload("uint(double): uint", (v) => {
    try {
      return new UnsignedInt(Math.trunc(v));
    } catch (e) {
      throw evaluationError("numeric_overflow", "uint() type error: unsigned integer overflow");
    }
  });
  functionOverload("uint(string): uint", (v) => {
    if (v !== v.trim() || v.length > 20 || v.includes("0x")) {
      throw evaluationError("uint_conversion_error", "uint() type error: cannot convert to uint");
    }
    try {
      return new UnsignedInt(v);
    } catch (e) {
      throw evaluationError("uint_conversion_error", "uint() type error: cannot convert to uint");
    }
  });
  functionOverload("string(string): string", identity2);
  functionOverload("string(bool): string", (v) => `${v}`);
  functionOverload("string(int): string", (v) => `${v}`);
  functionOverload("string(uint): string", (v) => `${v}`);
  functionOverload("string(bytes): string", (v) => ByteOpts.toUtf8(v));
  functionOverload("string(double): string", (v) => {
    if (v === Infinity) return "+Inf";
    if (v === -Infinity) return "-Inf";
    return `${v}`;
  });
  functionOverload("string.startsWith(string): bool", (a, b) => a.startsWith(b));
  functionOverload("string.endsWith(string): bool", (a, b) => a.endsWith(b));
  functionOverload("string.contains(string): bool", (a, b) => a.includes(b));
  functionOverload("string.lowerAscii(): string", (a) => a.toLowerCase());
  functionOverload("string.upperAscii(): string", (a) => a.toUpperCase());
  functionOverload("string.trim(): string", (a) => a.trim());
  functionOverload(
    "string.indexOf(string): int",
    (string, search) => BigInt(string.indexOf(search))
  );
  functionOverload("string.indexOf(string, int): int", (string, search, fromIndex) => {
    if (search === "") return fromIndex;
    fromIndex = Number(fromIndex);
    if (fromIndex < 0 || fromIndex >= string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.indexOf(search, fromIndex): fromIndex out of range"
      );
    }
    return BigInt(string.indexOf(search, fromIndex));
  });
  functionOverload(
    "string.lastIndexOf(string): int",
    (string, search) => BigInt(string.lastIndexOf(search))
  );
  functionOverload("string.lastIndexOf(string, int): int", (string, search, fromIndex) => {
    if (search === "") return fromIndex;
    fromIndex = Number(fromIndex);
    if (fromIndex < 0 || fromIndex >= string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.lastIndexOf(search, fromIndex): fromIndex out of range"
      );
    }
    return BigInt(string.lastIndexOf(search, fromIndex));
  });
  functionOverload("string.substring(int): string", (string, start) => {
    start = Number(start);
    if (start < 0 || start > string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.substring(start, end): start index out of range"
      );
    }
    return string.substring(start);
  });
  functionOverload("string.substring(int, int): string", (string, start, end) => {
    start = Number(start);
    if (start < 0 || start > string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.substring(start, end): start index out of range"
      );
    }
    end = Number(end);
    if (end < start || end > string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.substring(start, end): end index out of range"
      );
    }
    return string.substring(start, end);
  });
  functionOverload("string.matches(string): bool", (a, b) => {
    try {
      return new RegExp(b).test(a);
    } catch (_err) {
      throw evaluationError("invalid_regular_expression", `Invalid regular expression: ${b}`);
    }
  });
  functionOverload("string.split(string): list<string>", (s, sep) => s.split(sep));
  functionOverload("string.split(string, int): list<string>", (s, sep, l) => {
    l = Number(l);
    if (l === 0) return [];
    const parts = s.split(sep);
    if (l < 0 || parts.length <= l) return parts;
    const limited = parts.slice(0, l - 1);
    limited.push(parts.slice(l - 1).join(sep));
    return limited;
  });
  functionOverload("list<string>.join(): string", (v) => {
    for (let i = 0; i < v.length; i++) {
      if (typeof v[i] !== "string") {
        throw evaluationError(
          "invalid_list_element_type",
          "string.join(): list must contain only strings"
        );
      }
    }
    return v.join("");
  });
  functionOverload("list<string>.join(string): string", (v, sep) => {
    for (let i = 0; i < v.length; i++) {
      if (typeof v[i] !== "string") {
        throw evaluationError(
          "invalid_list_element_type",
          "string.join(separator): list must contain only strings"
        );
      }
    }
    return v.join(sep);
  });
  const textEncoder = new TextEncoder("utf8");
  const textDecoder = new TextDecoder("utf8");
  const ByteOpts = typeof Buffer !== "undefined" ? {
    byteLength: (v) => Buffer.byteLength(v),
    fromString: (str) => Buffer.from(str, "utf8"),
    toHex: (b) => Buffer.prototype.hexSlice.call(b, 0, b.length),
    toBase64: (b) => Buffer.prototype.base64Slice.call(b, 0, b.length),
    toUtf8: (b) => Buffer.prototype.utf8Slice.call(b, 0, b.length),
    jsonParse: (b) => JSON.parse(b)
  } : {
    textEncoder: new TextEncoder("utf8"),
    byteLength: (v) => textEncoder.encode(v).length,
    fromString: (str) => textEncoder.encode(str),
    toHex: Uint8Array.prototype.toHex ? (b) => b.toHex() : (b) => arrayFrom(b, (i) => i.toString(16).padStart(2, "0")).join(""),
    toBase64: Uint8Array.prototype.toBase64 ? (b) => b.toBase64() : (b) => btoa(arrayFrom(b, (i) => String.fromCodePoint(i)).join("")),
    toUtf8: (b) => textDecoder.decode(b),
    jsonParse: (b) => JSON.parse(textEncoder.decode(b))
  };
  functionOverload("bytes.json(): map", ByteOpts.jsonParse);
  functionOverload("bytes.hex(): string", ByteOpts.toHex);
  functionOverload("bytes.string(): string", ByteOpts.toUtf8);
  functionOverload("bytes.base64(): string", ByteOpts.toBase64);
  functionOverload("bytes.at(int): int", (b, index) => {
    if (index < 0 || index >= b.length) {
      throw evaluationError("index_out_of_range", "Bytes index out of range");
    }
    return BigInt(b[index]);
  });
  const TS = "google.protobuf.Timestamp";
  const GPD = "google.protobuf.Duration";
  const TimestampType = registry.registerType(TS, Date).typeType;
  const DurationType = registry.registerType(GPD, Duration).typeType;
  registry.registerConstant("google", "map<string, map<string, type>>", {
    protobuf: { Duration: DurationType, Timestamp: TimestampType }
  });
  function tzDate(d, timeZone) {
    return new Date(d.toLocaleString("en-US", { timeZone }));
  }
  function getDayOfYear(d, tz) {
    const workingDate = tz ? tzDate(d, tz) : new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    const start = new Date(workingDate.getFullYear(), 0, 0);
    return BigInt(Math.floor((workingDate - start) / 864e5) - 1);
  }
  functionOverload(`timestamp(string): ${TS}`, (v) => {
    if (v.length < 20 || v.length > 30) {
      throw evaluationError("invalid_timestamp", "timestamp() requires a string in ISO 8601 format");
    }
    const d = new Date(v);
    if (d <= 253402300799999 && d >= -621355968e5) return d;
    throw evaluationError("invalid_timestamp", "timestamp() requires a string in ISO 8601 format");
  });
  functionOverload(`timestamp(int): ${TS}`, (i) => {
    i = Number(i) * 1e3;
    if (i <= 253402300799999 && i >= -621355968e5) return new Date(i);
    throw evaluationError(
      "invalid_timestamp",
      "timestamp() requires a valid integer unix timestamp"
    );
  });
  functionOverload(`${TS}.getDate(): int`, (d) => BigInt(d.getUTCDate()));
  functionOverload(`${TS}.getDate(string): int`, (d, tz) => BigInt(tzDate(d, tz).getDate()));
  functionOverload(`${TS}.getDayOfMonth(): int`, (d) => BigInt(d.getUTCDate() - 1));
  functionOverload(
    `${TS}.getDayOfMonth(string): int`,
    (d, tz) => BigInt(tzDate(d, tz).getDate() - 1)
  );
  functionOverload(`${TS}.getDayOfWeek(): int`, (d) => BigInt(d.getUTCDay()));
  functionOverload(`${TS}.getDayOfWeek(string): int`, (d, tz) => BigInt(tzDate(d, tz).getDay()));
  functionOverload(`${TS}.getDayOfYear(): int`, getDayOfYear);
  functionOverload(`${TS}.getDayOfYear(string): int`, getDayOfYear);
  functionOverload(`${TS}.getFullYear(): int`, (d) => BigInt(d.getUTCFullYear()));
  functionOverload(`${TS}.getFullYear(string): int`, (d, tz) => BigInt(tzDate(d, tz).getFullYear()));
  functionOverload(`${TS}.getHours(): int`, (d) => BigInt(d.getUTCHours()));
  functionOverload(`${TS}.getHours(string): int`, (d, tz) => BigInt(tzDate(d, tz).getHours()));
  functionOverload(`${TS}.getMilliseconds(): int`, (d) => BigInt(d.getUTCMilliseconds()));
  functionOverload(`${TS}.getMilliseconds(string): int`, (d) => BigInt(d.getUTCMilliseconds()));
  functionOverload(`${TS}.getMinutes(): int`, (d) => BigInt(d.getUTCMinutes()));
  functionOverload(`${TS}.getMinutes(string): int`, (d, tz) => BigInt(tzDate(d, tz).getMinutes()));
  functionOverload(`${TS}.getMonth(): int`, (d) => BigInt(d.getUTCMonth()));
  functionOverload(`${TS}.getMonth(string): int`, (d, tz) => BigInt(tzDate(d, tz).getMonth()));
  functionOverload(`${TS}.getSeconds(): int`, (d) => BigInt(d.getUTCSeconds()));
  functionOverload(`${TS}.getSeconds(string): int`, (d, tz) => BigInt(tzDate(d, tz).getSeconds()));
  const parseDurationPattern = /(\d*\.?\d*)(ns|us|µs|ms|s|m|h)/;
  function parseDuration(string) {
    if (!string) throw evaluationError("invalid_duration", `Invalid duration string: ''`);
    const isNegative = string[0] === "-";
    if (string[0] === "-" || string[0] === "+") string = string.slice(1);
    let nanoseconds = BigInt(0);
    while (true) {
      const match = parseDurationPattern.exec(string);
      if (!match) throw evaluationError("invalid_duration", `Invalid duration string: ${string}`);
      if (match.index !== 0)
        throw evaluationError("invalid_duration", `Invalid duration string: ${string}`);
      string = string.slice(match[0].length);
      const unitNanos = UNIT_NANOSECONDS[match[2]];
      const [intPart = "0", fracPart = ""] = match[1].split(".");
      const intVal = BigInt(intPart) * unitNanos;
      const fracNanos = fracPart ? BigInt(fracPart.slice(0, 13).padEnd(13, "0")) * unitNanos / 10000000000000n : 0n;
      nanoseconds += intVal + fracNanos;
      if (string === "") break;
    }
    const seconds = nanoseconds >= billionBigInt ? nanoseconds / billionBigInt : 0n;
    const nanos = Number(nanoseconds % billionBigInt);
    if (isNegative) return new Duration(-seconds, -nanos);
    return new Duration(seconds, nanos);
  }
  functionOverload(`duration(string): google.protobuf.Duration`, (s) => parseDuration(s));
  functionOverload(`google.protobuf.Duration.getHours(): int`, (d) => d.getHours());
  functionOverload(`google.protobuf.Duration.getMinutes(): int`, (d) => d.getMinutes());
  functionOverload(`google.protobuf.Duration.getSeconds(): int`, (d) => d.getSeconds());
  functionOverload(`google.protobuf.Duration.getMilliseconds(): int`, (d) => d.getMilliseconds());
  register(registry);
}
function stringSize(str) {
  let count = 0;
  for (const c of str) count++;
  return count;
}

// node_modules/@marcbachmann/cel-js/lib/registry.js
var Type = class {
  #name;
  constructor(name) {
    this.#name = name;
    objFreeze(this);
  }
  get name() {
    return this.#name;
  }
  get [Symbol.toStringTag]() {
    return `Type<${this.#name}>`;
  }
  toString() {
    return `Type<${this.#name}>`;
  }
};
var TYPES = {
  string: new Type("string"),
  bool: new Type("bool"),
  int: new Type("int"),
  uint: new Type("uint"),
  double: new Type("double"),
  map: new Type("map"),
  list: new Type("list"),
  bytes: new Type("bytes"),
  null_type: new Type("null"),
  type: new Type("type")
};
var optionalType = new Type("optional");
var valueTypeMatchers = {
  dyn(v, ev) {
    switch (typeof v) {
      case "string":
      case "bigint":
      case "number":
      case "boolean":
        return true;
      case "object":
        switch (v ? v.constructor : v) {
          case null:
          case void 0:
          case Object:
          case Map:
          case Array:
          case Set:
            return true;
          default:
            if (ev.objectTypesByConstructor.get(v.constructor)) return true;
        }
    }
    return !!ev.debugType(v);
  },
  string(v) {
    return typeof v === "string";
  },
  int(v) {
    return typeof v === "bigint";
  },
  double(v) {
    return typeof v === "number";
  },
  bool(v) {
    return typeof v === "boolean";
  },
  null(v) {
    return v === null;
  },
  bytes(v) {
    return v instanceof Uint8Array;
  },
  uint(v) {
    return v instanceof UnsignedInt;
  },
  type(v) {
    return v instanceof Type;
  },
  list(v) {
    switch (v?.constructor) {
      case Array:
      case Set:
        return true;
      default:
        return false;
    }
  },
  map(v) {
    switch (typeof v === "object" && v ? v.constructor : null) {
      case void 0:
      case Object:
      case Map:
        return true;
      default:
        return false;
    }
  },
  optional(v) {
    return v instanceof Optional;
  },
  message(v, ev) {
    return this === ev.debugType(v);
  }
};
valueTypeMatchers.param = valueTypeMatchers.dyn;
var TypeDeclaration = class {
  #matchesCache = /* @__PURE__ */ new WeakMap();
  constructor({ kind, type, name, keyType, valueType }) {
    this.kind = kind;
    this.type = type;
    this.name = name;
    this.keyType = keyType;
    this.valueType = valueType;
    this.unwrappedType = kind === "dyn" && valueType ? valueType.unwrappedType : this;
    this.wrappedType = kind === "dyn" ? this : _createDynType(this.unwrappedType);
    this.hasDynType = this.kind === "dyn" || this.valueType?.hasDynType || this.keyType?.hasDynType || false;
    this.hasPlaceholderType = this.kind === "param" || this.keyType?.hasPlaceholderType || this.valueType?.hasPlaceholderType || false;
    if (kind === "list") this.fieldLazy = this.#getListField;
    else if (kind === "map") this.fieldLazy = this.#getMapField;
    else if (kind === "message") this.fieldLazy = this.#getMessageField;
    else if (kind === "optional") this.fieldLazy = this.#getOptionalField;
    this.matchesValueType = valueTypeMatchers[name] || valueTypeMatchers[kind];
    objFreeze(this);
  }
  isDynOrBool() {
    return this.type === "bool" || this.kind === "dyn";
  }
  isEmpty() {
    return this.valueType && this.valueType.kind === "param";
  }
  unify(r, t2) {
    const t1 = this;
    if (t1 === t2 || t1.kind === "dyn" || t2.kind === "param") return t1;
    if (t2.kind === "dyn" || t1.kind === "param") return t2;
    if (t1.kind !== t2.kind) return null;
    if (!(t1.hasPlaceholderType || t2.hasPlaceholderType || t1.hasDynType || t2.hasDynType))
      return null;
    const valueType = t1.valueType.unify(r, t2.valueType);
    if (!valueType) return null;
    switch (t1.kind) {
      case "optional":
        return r.getOptionalType(valueType);
      case "list":
        return r.getListType(valueType);
      case "map":
        const keyType = t1.keyType.unify(r, t2.keyType);
        return keyType ? r.getMapType(keyType, valueType) : null;
    }
  }
  templated(r, bind) {
    if (!this.hasPlaceholderType) return this;
    switch (this.kind) {
      case "dyn":
        return this.valueType.templated(r, bind);
      case "param":
        return bind?.get(this.name) || this;
      case "map":
        return r.getMapType(this.keyType.templated(r, bind), this.valueType.templated(r, bind));
      case "list":
        return r.getListType(this.valueType.templated(r, bind));
      case "optional":
        return r.getOptionalType(this.valueType.templated(r, bind));
      default:
        return this;
    }
  }
  toString() {
    return this.name;
  }
  #getOptionalField(obj, key, ast, ev) {
    obj = obj instanceof Optional ? obj.orValue() : obj;
    if (obj === void 0) return OPTIONAL_NONE;
    const type = ev.debugType(obj);
    try {
      return Optional.of(type.fieldLazy(obj, key, ast, ev));
    } catch (e) {
      if (e instanceof EvaluationError) return OPTIONAL_NONE;
      throw e;
    }
  }
  #getMessageField(obj, key, ast, ev) {
    const message = obj ? ev.objectTypesByConstructor.get(obj.constructor) : void 0;
    if (!message) return;
    const type = message.fields ? message.fields[key] : dynType;
    if (!type) return void 0;
    const value = obj instanceof Map ? obj.get(key) : obj[key];
    if (value === void 0) return;
    if (type.matchesValueType(value, ev)) return value;
    throw evaluationError(
      "field_type_mismatch",
      `Field '${key}' is not of type '${type}', got '${ev.debugType(value)}'`,
      ast
    );
  }
  #getMapField(obj, key, ast, ev) {
    const value = obj instanceof Map ? obj.get(key) : obj && hasOwn(obj, key) ? obj[key] : void 0;
    if (value === void 0) return;
    if (this.valueType.matchesValueType(value, ev)) return value;
    throw evaluationError(
      "field_type_mismatch",
      `Field '${key}' is not of type '${this.valueType}', got '${ev.debugType(value)}'`,
      ast
    );
  }
  #getListElementAtIndex(list, pos) {
    switch (list?.constructor) {
      case Array:
        return list[pos];
      case Set: {
        let i = 0;
        for (const item of list) {
          if (i++ !== pos) continue;
          return item;
        }
      }
    }
  }
  #getListField(obj, key, ast, ev) {
    if (typeof key === "bigint") key = Number(key);
    else if (typeof key !== "number") return;
    const value = this.#getListElementAtIndex(obj, key);
    if (value === void 0) {
      if (!obj) return;
      throw evaluationError(
        "index_out_of_bounds",
        `No such key: index out of bounds, index ${key} ${key < 0 ? "< 0" : `>= size ${obj.length || obj.size}`}`,
        ast
      );
    }
    if (this.valueType.matchesValueType(value, ev)) return value;
    throw evaluationError(
      "list_item_type_mismatch",
      `List item with index '${key}' is not of type '${this.valueType}', got '${ev.debugType(value)}'`,
      ast
    );
  }
  fieldLazy() {
  }
  field(obj, key, ast, ev) {
    const v = this.fieldLazy(obj, key, ast, ev);
    if (v !== void 0) return v;
    throw evaluationError("no_such_key", `No such key: ${key}`, ast);
  }
  matchesBoth(other) {
    return this.matches(other) && other.matches(this);
  }
  matches(o) {
    const s = this.unwrappedType;
    o = o.unwrappedType;
    if (s === o || s.kind === "dyn" || o.kind === "dyn" || o.kind === "param") return true;
    return this.#matchesCache.get(o) ?? this.#matchesCache.set(o, this.#matches(s, o)).get(o);
  }
  #matches(s, o) {
    switch (s.kind) {
      case "dyn":
      case "param":
        return true;
      case "list":
        return o.kind === "list" && s.valueType.matches(o.valueType);
      case "map":
        return o.kind === "map" && s.keyType.matches(o.keyType) && s.valueType.matches(o.valueType);
      case "optional":
        return o.kind === "optional" && s.valueType.matches(o.valueType);
      default:
        return s.name === o.name;
    }
  }
};
var macroEvaluateErr = `have a .callAst property or .evaluate(checker, macro, ctx) method.`;
var macroTypeCheckErr = `have a .callAst property or .typeCheck(checker, macro, ctx) method.`;
function wrapMacroExpander(name, handler) {
  const p = `Macro '${name}' must`;
  return function macroExpander(opts) {
    const macro = handler(opts);
    if (!macro || typeof macro !== "object") throw new Error(`${p} return an object.`);
    if (macro.callAst) return macro;
    if (!macro.evaluate) throw new Error(`${p} ${macroEvaluateErr}`);
    if (!macro.typeCheck) throw new Error(`${p} ${macroTypeCheckErr}`);
    return macro;
  };
}
var VariableDeclaration = class {
  constructor(name, type, description, value) {
    this.name = name;
    this.type = type;
    this.description = description ?? null;
    this.constant = value !== void 0;
    this.value = value;
    objFreeze(this);
  }
};
var FunctionDeclaration = class {
  constructor({ name, receiverType, returnType, handler, description, params, async }) {
    if (typeof name !== "string") throw new Error("name must be a string");
    if (typeof handler !== "function") throw new Error("handler must be a function");
    this.name = name;
    this.async = isAsync(handler, async);
    this.receiverType = receiverType ?? null;
    this.returnType = returnType;
    this.description = description ?? null;
    this.params = params;
    this.argTypes = params.map((p) => p.type);
    this.macro = this.argTypes.includes(astType);
    const receiverString = receiverType ? `${receiverType}.` : "";
    this.signature = `${receiverString}${name}(${this.argTypes.join(", ")}): ${returnType}`;
    this.handler = this.macro ? wrapMacroExpander(this.signature, handler) : handler;
    this.partitionKey = `${receiverType ? "rcall" : "call"}:${name}:${params.length}`;
    this.hasPlaceholderType = this.returnType.hasPlaceholderType || this.receiverType?.hasPlaceholderType || this.argTypes.some((t) => t.hasPlaceholderType) || false;
    objFreeze(this);
  }
  matchesArgs(argTypes) {
    return argTypes.length === this.argTypes.length && this.argTypes.every((t, i) => t.matches(argTypes[i])) ? this : null;
  }
};
var OperatorDeclaration = class {
  constructor({ op, leftType, rightType, handler, returnType, async }) {
    this.operator = op;
    this.leftType = leftType;
    this.rightType = rightType || null;
    this.handler = handler;
    this.async = isAsync(handler, async);
    this.returnType = returnType;
    if (rightType) this.signature = `${leftType} ${op} ${rightType}: ${returnType}`;
    else this.signature = `${op}${leftType}: ${returnType}`;
    this.hasPlaceholderType = this.leftType.hasPlaceholderType || this.rightType?.hasPlaceholderType || false;
    objFreeze(this);
  }
  equals(other) {
    return this.operator === other.operator && this.leftType === other.leftType && this.rightType === other.rightType;
  }
};
function _createListType(valueType) {
  return new TypeDeclaration({
    kind: "list",
    name: `list<${valueType}>`,
    type: "list",
    valueType
  });
}
function _createPrimitiveType(name) {
  return new TypeDeclaration({ kind: "primitive", name, type: name });
}
function _createMessageType(name) {
  return new TypeDeclaration({ kind: "message", name, type: name });
}
function _createDynType(valueType) {
  const name = valueType ? `dyn<${valueType}>` : "dyn";
  return new TypeDeclaration({ kind: "dyn", name, type: name, valueType });
}
function _createOptionalType(valueType) {
  const name = `optional<${valueType}>`;
  return new TypeDeclaration({ kind: "optional", name, type: "optional", valueType });
}
function _createMapType(keyType, valueType) {
  return new TypeDeclaration({
    kind: "map",
    name: `map<${keyType}, ${valueType}>`,
    type: "map",
    keyType,
    valueType
  });
}
function _createPlaceholderType(name) {
  return new TypeDeclaration({ kind: "param", name, type: name });
}
var dynType = _createDynType();
var astType = _createPrimitiveType("ast");
var listType = _createListType(dynType);
var mapType = _createMapType(dynType, dynType);
var celTypes = {
  string: _createPrimitiveType("string"),
  bool: _createPrimitiveType("bool"),
  int: _createPrimitiveType("int"),
  uint: _createPrimitiveType("uint"),
  double: _createPrimitiveType("double"),
  bytes: _createPrimitiveType("bytes"),
  dyn: dynType,
  null: _createPrimitiveType("null"),
  type: _createPrimitiveType("type"),
  optional: _createOptionalType(dynType),
  list: listType,
  "list<dyn>": listType,
  map: mapType,
  "map<dyn, dyn>": mapType
};
for (const t of [celTypes.string, celTypes.double, celTypes.int]) {
  const list = _createListType(t);
  const map = _createMapType(celTypes.string, t);
  celTypes[list.name] = list;
  celTypes[map.name] = map;
}
Object.freeze(celTypes);
var Candidates = class {
  returnType = null;
  async = false;
  macro = false;
  #matchCache = null;
  #checkCache = null;
  /** @type {Array<FunctionDeclaration>|Array<OperatorDeclaration>} */
  declarations = [];
  constructor(registry) {
    this.registry = registry;
  }
  [Symbol.iterator]() {
    return this.declarations[Symbol.iterator]();
  }
  add(decl) {
    this.returnType = (this.returnType || decl.returnType).unify(this.registry, decl.returnType) || dynType;
    if (decl.macro) this.macro = decl;
    if (decl.async && !this.async) this.async = true;
    this.declarations.push(decl);
    this.#matchCache?.clear();
    this.#checkCache?.clear();
  }
  findFunction(argTypes, receiverType = null) {
    for (let i = 0; i < this.declarations.length; i++) {
      const match = this.#matchesFunction(this.declarations[i], argTypes, receiverType);
      if (match) return match;
    }
    return null;
  }
  findUnaryOverload(left) {
    const cached = (this.#matchCache ??= /* @__PURE__ */ new Map()).get(left);
    if (cached !== void 0) return cached;
    let value = false;
    for (const decl of this.declarations) {
      if (decl.leftType !== left) continue;
      value = decl;
      break;
    }
    this.#matchCache.set(left, value);
    return value;
  }
  findBinaryOverload(left, right) {
    if (left.kind === "dyn" && left.valueType) right = right.wrappedType;
    else if (right.kind === "dyn" && right.valueType) left = left.wrappedType;
    return (this.#matchCache ??= /* @__PURE__ */ new Map()).get(left)?.get(right) ?? this.#cacheBinary(this.#matchCache, left, right, this.#findBinaryUncached(left, right));
  }
  checkBinaryOverload(left, right) {
    return (this.#checkCache ??= /* @__PURE__ */ new Map()).get(left)?.get(right) ?? this.#cacheBinary(this.#checkCache, left, right, this.#checkBinaryUncached(left, right));
  }
  #cacheBinary(c, l, r, v) {
    return (c.get(l) || c.set(l, /* @__PURE__ */ new Map()).get(l)).set(r, v), v;
  }
  #findBinaryUncached(left, right) {
    const ops = this.#findBinaryOverloads(left, right);
    if (ops.length === 0) return false;
    if (ops.length === 1) return ops[0];
    throw new Error(`Operator overload '${ops[0].signature}' overlaps with '${ops[1].signature}'.`);
  }
  #checkBinaryUncached(left, right) {
    const ops = this.#findBinaryOverloads(left, right);
    if (ops.length === 0) return false;
    let rt = ops[0].returnType;
    for (let i = 1; i < ops.length; i++) rt = rt.unify(this.registry, ops[i].returnType) || dynType;
    return rt;
  }
  #findBinaryOverloads(leftType, rightType) {
    const nonexactMatches = [];
    for (const decl of this.declarations) {
      if (decl.leftType === leftType && decl.rightType === rightType) return [decl];
      const secondary = this.#matchBinaryOverload(decl, leftType, rightType);
      if (secondary) nonexactMatches.push(secondary);
    }
    if (nonexactMatches.length === 0) {
      const op = this.declarations[0]?.operator;
      if ((op === "==" || op === "!=") && leftType.kind === "dyn") {
        return fallbackDynEqualityMatchers[op];
      }
    }
    return nonexactMatches;
  }
  #matchBinaryOverload(decl, actualLeft, actualRight) {
    const bindings = decl.hasPlaceholderType ? /* @__PURE__ */ new Map() : null;
    const leftType = this.#matchTypeWithPlaceholders(decl.leftType, actualLeft, bindings);
    if (!leftType) return;
    const rightType = this.#matchTypeWithPlaceholders(decl.rightType, actualRight, bindings);
    if (!rightType) return;
    if ((decl.operator === "==" || decl.operator === "!=") && decl.leftType.kind === "dyn" && decl.leftType.valueType && actualLeft.kind !== "dyn" && actualRight.kind !== "dyn")
      return false;
    return decl.hasPlaceholderType ? {
      async: decl.async,
      signature: decl.signature,
      handler: decl.handler,
      leftType,
      rightType,
      returnType: decl.returnType.templated(this.registry, bindings)
    } : decl;
  }
  #matchesFunction(fn, argTypes, receiverType) {
    if (fn.hasPlaceholderType) return this.#matchWithPlaceholders(fn, argTypes, receiverType);
    if (receiverType && fn.receiverType && !receiverType.matches(fn.receiverType)) return;
    return fn.matchesArgs(argTypes);
  }
  #matchWithPlaceholders(fn, argTypes, receiverType) {
    const bindings = /* @__PURE__ */ new Map();
    if (receiverType && fn.receiverType) {
      if (!this.#matchTypeWithPlaceholders(fn.receiverType, receiverType, bindings)) {
        return null;
      }
    }
    for (let i = 0; i < argTypes.length; i++) {
      if (!this.#matchTypeWithPlaceholders(fn.argTypes[i], argTypes[i], bindings)) {
        return null;
      }
    }
    return {
      async: fn.async,
      handler: fn.handler,
      signature: fn.signature,
      returnType: fn.returnType.templated(this.registry, bindings)
    };
  }
  #matchTypeWithPlaceholders(declared, actual, bindings) {
    if (!declared.hasPlaceholderType) return actual.matches(declared) ? actual : null;
    const treatAsDyn = actual.kind === "dyn";
    if (!this.#collectPlaceholderBindings(declared, actual, bindings, treatAsDyn)) return null;
    if (treatAsDyn) return actual;
    return actual.matches(declared.templated(this.registry, bindings)) ? actual : null;
  }
  #collectPlaceholderBindings(dec, act, bind, fromDyn = false) {
    if (!dec.hasPlaceholderType) return true;
    if (!act) return false;
    const asDyn = fromDyn || act.kind === "dyn";
    act = act.unwrappedType;
    switch (dec.kind) {
      case "param": {
        const type = asDyn ? dynType : act;
        const existing = bind.get(dec.name);
        if (!existing) return bind.set(dec.name, type) && true;
        return existing.kind === "dyn" || type.kind === "dyn" ? true : existing.matchesBoth(type);
      }
      case "list": {
        if (act.name === "dyn") act = dec;
        if (act.kind !== "list") return false;
        return this.#collectPlaceholderBindings(dec.valueType, act.valueType, bind, asDyn);
      }
      case "map": {
        if (act.name === "dyn") act = dec;
        if (act.kind !== "map") return false;
        return this.#collectPlaceholderBindings(dec.keyType, act.keyType, bind, asDyn) && this.#collectPlaceholderBindings(dec.valueType, act.valueType, bind, asDyn);
      }
      case "optional": {
        if (act.name === "dyn") act = dec;
        if (act.kind !== "optional") return false;
        return this.#collectPlaceholderBindings(dec.valueType, act.valueType, bind, asDyn);
      }
    }
    return true;
  }
};
function splitByComma(str) {
  const parts = [];
  let current = "";
  let depth = 0;
  for (const char of str) {
    if (char === "<") depth++;
    else if (char === ">") depth--;
    else if (char === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
      continue;
    }
    current += char;
  }
  if (current) parts.push(current.trim());
  return parts;
}
var objTypesDecls = [
  [UnsignedInt, "uint", TYPES.uint, celTypes.uint],
  [Type, "type", TYPES.type, celTypes.type],
  [Optional, "optional", optionalType, celTypes.optional],
  [Uint8Array, "bytes", TYPES.bytes, celTypes.bytes],
  ...typeof Buffer !== "undefined" ? [[Buffer, "bytes", TYPES.bytes, celTypes.bytes]] : []
].map(([ctor, name, typeType, type]) => Object.freeze({ name, typeType, type, ctor }));
var objTypes = objTypesDecls.map((t) => [t.name, t]);
var objTypesCtor = objTypesDecls.map((t) => [t.ctor, t]);
var invalidVar = (postfix) => new Error(`Invalid variable declaration: ${postfix}`);
var invalidType = (postfix) => new Error(`Invalid type declaration: ${postfix}`);
var fallbackDynEqualityMatchers = {
  "==": [{ handler: (a, b) => a === b, returnType: celTypes.bool }],
  "!=": [{ handler: (a, b) => a !== b, returnType: celTypes.bool }]
};
var Registry = class _Registry {
  #parent = null;
  #typeDeclarations;
  #ownsVariables = true;
  #operators = null;
  #functions = null;
  #operatorsByOp = null;
  #functionsByKey = null;
  #listTypes = null;
  #mapTypes = null;
  #optionalTypes = null;
  #others = null;
  #locked = false;
  constructor(opts = {}) {
    this.enableOptionalTypes = opts.enableOptionalTypes ?? false;
    this.unlistedVariablesAreDyn = opts.unlistedVariablesAreDyn ?? false;
    const parent = opts.parent instanceof _Registry ? opts.parent : null;
    if (parent) {
      this.#parent = parent;
      let opParent = parent;
      while (opParent && !opParent.#operators) opParent = opParent.#parent;
      let fnParent = parent;
      while (fnParent && !fnParent.#functions) fnParent = fnParent.#parent;
      this.#operatorsByOp = parent.#operatorsByOp;
      this.#functionsByKey = parent.#functionsByKey;
      this.#others = { operators: opParent.#operators, functions: fnParent.#functions };
      this.objectTypes = new Map(parent.objectTypes);
      this.objectTypesByConstructor = new Map(parent.objectTypesByConstructor);
      this.variables = parent.variables;
      this.#ownsVariables = false;
      this.#typeDeclarations = parent.#typeDeclarations;
      this.#listTypes = parent.#listTypes;
      this.#mapTypes = parent.#mapTypes;
      this.#optionalTypes = parent.#optionalTypes;
      if (this.enableOptionalTypes !== parent.enableOptionalTypes || this.unlistedVariablesAreDyn !== parent.unlistedVariablesAreDyn) {
        toggleOptionalTypes(this, this.enableOptionalTypes);
      }
    } else {
      this.#operators = [];
      this.#functions = [];
      this.objectTypes = new Map(objTypes);
      this.objectTypesByConstructor = new Map(objTypesCtor);
      this.#typeDeclarations = new Map(objEntries(celTypes));
      this.#listTypes = /* @__PURE__ */ new Map();
      this.#mapTypes = /* @__PURE__ */ new Map();
      this.#optionalTypes = /* @__PURE__ */ new Map();
      this.variables = /* @__PURE__ */ new Map();
      this.variables.dyn = this.unlistedVariablesAreDyn;
      for (const n in TYPES) this.registerConstant(n, "type", TYPES[n]);
    }
  }
  #ensureOwnVariables() {
    if (this.#ownsVariables) return;
    this.variables = new Map(this.variables);
    this.variables.dyn = this.unlistedVariablesAreDyn;
    this.#ownsVariables = true;
  }
  // Used by toggleOptionalTypes in optional.js to clear a variable before re-registering it
  deleteVariable(name) {
    this.#ensureOwnVariables();
    this.variables.delete(name);
  }
  #pushOperator(decl) {
    if (!this.#operators) this.#operatorsByOp = null;
    this.operatorCandidates(decl.operator).add(decl);
    this.#operators.push(decl);
  }
  #pushFunction(decl) {
    if (!this.#functions) this.#functionsByKey = null;
    this.#functionCandidates(decl.partitionKey).add(decl);
    this.#functions.push(decl);
  }
  #ensureCandiate(c, key) {
    return c.get(key) || c.set(key, new Candidates(this)).get(key);
  }
  #getOperators() {
    if (this.#operators) return this.#operators;
    return this.#operators = [...this.#others.operators];
  }
  #getFunctions() {
    if (this.#functions) return this.#functions;
    return this.#functions = [...this.#others.functions];
  }
  operatorCandidates(op) {
    if (this.#operatorsByOp) return this.#ensureCandiate(this.#operatorsByOp, op);
    const c = this.#operatorsByOp = /* @__PURE__ */ new Map();
    for (const decl of this.#getOperators()) this.#ensureCandiate(c, decl.operator).add(decl);
    return this.#ensureCandiate(c, op);
  }
  functionCandidates(rec, name, argLen) {
    return this.#functionCandidates(`${rec ? "rcall" : "call"}:${name}:${argLen}`);
  }
  #functionCandidates(key) {
    if (this.#functionsByKey) return this.#ensureCandiate(this.#functionsByKey, key);
    const c = this.#functionsByKey = /* @__PURE__ */ new Map();
    for (const decl of this.#getFunctions()) this.#ensureCandiate(c, decl.partitionKey).add(decl);
    return this.#ensureCandiate(c, key);
  }
  registerVariable(name, type, opts) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    let description = opts?.description;
    let value;
    if (typeof name === "string" && typeof type === "object" && !(type instanceof TypeDeclaration)) {
      description = type.description;
      value = type.value;
      if (type.schema) type = this.registerType({ name: `$${name}`, schema: type.schema }).type;
      else type = type.type;
    } else if (typeof name === "object") {
      if (name.schema) type = this.registerType({ name: `$${name.name}`, schema: name.schema }).type;
      else type = name.type;
      description = name.description;
      value = name.value;
      name = name.name;
    }
    if (typeof name !== "string" || !name) throw invalidVar(`name must be a string`);
    if (RESERVED.has(name)) throw invalidVar(`'${name}' is a reserved name`);
    if (this.variables.get(name) !== void 0) throw invalidVar(`'${name}' is already registered`);
    if (typeof type === "string") type = this.getType(type);
    else if (!(type instanceof TypeDeclaration)) throw invalidVar(`type is required`);
    this.#ensureOwnVariables();
    this.variables.set(name, new VariableDeclaration(name, type, description, value));
    return this;
  }
  #registerSchemaAsType(name, schema) {
    const fields = /* @__PURE__ */ Object.create(null);
    for (const key of objKeys(schema)) {
      const def = schema[key];
      if (typeof def === "object" && def) {
        fields[key] = this.registerType({ name: `${name}.${key}`, schema: def }).type.name;
      } else if (typeof def === "string") {
        fields[key] = def;
      } else {
        throw new Error(`Invalid field definition for '${name}.${key}'`);
      }
    }
    return fields;
  }
  registerConstant(name, type, value) {
    if (typeof name === "object") this.registerVariable(name);
    else this.registerVariable({ name, type, value });
    return this;
  }
  getType(typename) {
    return this.#parseTypeString(typename, true);
  }
  getListType(type) {
    return this.#listTypes.get(type) || this.#listTypes.set(type, this.#parseTypeString(`list<${type}>`, true)).get(type);
  }
  getMapType(a, b) {
    return this.#mapTypes.get(a)?.get(b) || (this.#mapTypes.get(a) || this.#mapTypes.set(a, /* @__PURE__ */ new Map()).get(a)).set(b, this.#parseTypeString(`map<${a}, ${b}>`, true)).get(b);
  }
  getOptionalType(type) {
    return this.#optionalTypes.get(type) || this.#optionalTypes.set(type, this.#parseTypeString(`optional<${type}>`, true)).get(type);
  }
  assertType(typename, type, signature) {
    try {
      return this.#parseTypeString(typename, true);
    } catch (e) {
      e.message = `Invalid ${type} '${e.unknownType || typename}' in '${signature}'`;
      throw e;
    }
  }
  getFunctionType(typename) {
    if (typename === "ast") return astType;
    const t = this.#parseTypeString(typename, true);
    if (t.kind === "dyn" && t.valueType) throw new Error(`type '${t.name}' is not supported`);
    return t;
  }
  registerType(name, _d) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    if (typeof name === "object") _d = name, name = _d.fullName || _d.name || _d.ctor?.name;
    if (typeof name === "string" && name[0] === ".") name = name.slice(1);
    if (typeof name !== "string" || name.length < 2 || RESERVED.has(name)) {
      throw invalidType(`name '${name}' is not valid`);
    }
    if (this.objectTypes.has(name)) throw invalidType(`type '${name}' already registered`);
    const type = this.#parseTypeString(name, false);
    if (type.kind !== "message") throw invalidType(`type '${name}' is not valid`);
    const decl = {
      name,
      typeType: new Type(name),
      type,
      ctor: typeof _d === "function" ? _d : _d?.ctor,
      convert: typeof _d === "function" ? void 0 : _d?.convert,
      fields: typeof _d?.schema === "object" ? this.#normalizeFields(name, this.#registerSchemaAsType(name, _d.schema)) : this.#normalizeFields(name, typeof _d === "function" ? void 0 : _d?.fields)
    };
    if (typeof decl.ctor !== "function") {
      if (!decl.fields) throw invalidType(`type '${name}' requires a constructor or fields`);
      Object.assign(decl, this.#createDefaultConvert(name, decl.fields));
    }
    this.objectTypes.set(name, Object.freeze(decl));
    this.objectTypesByConstructor.set(decl.ctor, decl);
    this.registerFunctionOverload(`type(${name}): type`, () => decl.typeType, { async: false });
    return decl;
  }
  /** @returns {TypeDeclaration} */
  #parseTypeString(typeStr, requireKnownTypes = true) {
    let match = this.#typeDeclarations.get(typeStr);
    if (match) return match;
    if (typeof typeStr !== "string" || !typeStr.length) {
      throw new Error(`Invalid type: must be a string`);
    }
    match = typeStr.match(/^[A-Z]$/);
    if (match) return this.#createDeclaration(_createPlaceholderType, typeStr, typeStr);
    match = typeStr.match(/^(dyn|list|map|optional)<(.+)>$/);
    if (!match) {
      if (requireKnownTypes) {
        const err = new Error(`Unknown type: ${typeStr}`);
        err.unknownType = typeStr;
        throw err;
      }
      return this.#createDeclaration(_createMessageType, typeStr, typeStr);
    }
    const kind = match[1];
    const inner = match[2].trim();
    switch (kind) {
      case "dyn": {
        const type = this.#parseTypeString(inner, requireKnownTypes).wrappedType;
        this.#typeDeclarations.set(type.name, type);
        return type;
      }
      case "list": {
        const vType = this.#parseTypeString(inner, requireKnownTypes);
        return this.#createDeclaration(_createListType, `list<${vType}>`, vType);
      }
      case "map": {
        const parts = splitByComma(inner);
        if (parts.length !== 2) throw new Error(`Invalid map type: ${typeStr}`);
        const kType = this.#parseTypeString(parts[0], requireKnownTypes);
        const vType = this.#parseTypeString(parts[1], requireKnownTypes);
        return this.#createDeclaration(_createMapType, `map<${kType}, ${vType}>`, kType, vType);
      }
      case "optional": {
        const vType = this.#parseTypeString(inner, requireKnownTypes);
        return this.#createDeclaration(_createOptionalType, `optional<${vType}>`, vType);
      }
    }
  }
  #createDeclaration(creator, key, ...args) {
    return this.#typeDeclarations.get(key) || this.#typeDeclarations.set(key, creator(...args)).get(key);
  }
  findMacro(name, hasReceiver, argLen) {
    return this.functionCandidates(hasReceiver, name, argLen).macro;
  }
  findUnaryOverload(op, left) {
    return this.operatorCandidates(op).findUnaryOverload(left);
  }
  findBinaryOverload(op, left, right) {
    return this.operatorCandidates(op).findBinaryOverload(left, right);
  }
  #toCelFieldType(field) {
    if (typeof field === "string") return { type: field };
    if (field.id) return protobufjsFieldToCelType(field);
    return field;
  }
  #toCelFieldDeclaration(typename, fields, k, requireKnownTypes = false) {
    try {
      const field = this.#toCelFieldType(fields[k]);
      if (typeof field?.type !== "string") throw new Error(`unsupported declaration`);
      return this.#parseTypeString(field.type, requireKnownTypes);
    } catch (e) {
      e.message = `Field '${k}' in type '${typename}' has unsupported declaration: ${JSON.stringify(fields[k])}`;
      throw e;
    }
  }
  #normalizeFields(typename, fields) {
    if (!fields) return;
    const all = /* @__PURE__ */ Object.create(null);
    for (const k of objKeys(fields)) all[k] = this.#toCelFieldDeclaration(typename, fields, k);
    return all;
  }
  #createDefaultConvert(name, fields) {
    const keys = objKeys(fields);
    const conversions = /* @__PURE__ */ Object.create(null);
    for (const k of keys) {
      const type = fields[k];
      const decl = type.kind === "message" && this.objectTypes.get(type.name);
      if (decl === false) conversions[k] = false;
      else conversions[k] = decl.convert ? decl : false;
    }
    const Ctor = {
      [name]: class extends Map {
        #raw;
        constructor(v) {
          super();
          this.#raw = v;
        }
        [Symbol.iterator]() {
          if (this.size !== keys.length) for (const k of keys) this.get(k);
          return super[Symbol.iterator]();
        }
        get(field) {
          let v = super.get(field);
          if (v !== void 0 || this.has(field)) return v;
          const dec = conversions[field];
          if (dec === void 0) return;
          v = this.#raw instanceof Map ? this.#raw.get(field) : this.#raw?.[field];
          if (dec && v && typeof v === "object") {
            switch (v.constructor) {
              case void 0:
              case Object:
              case Map:
                v = dec.convert(v);
            }
          }
          return super.set(field, v), v;
        }
      }
    }[name];
    return {
      ctor: Ctor,
      convert(v) {
        if (!v) return;
        if (v.constructor === Ctor) return v;
        return new Ctor(v);
      }
    };
  }
  clone(opts) {
    this.#locked = true;
    return new _Registry({
      parent: this,
      unlistedVariablesAreDyn: opts.unlistedVariablesAreDyn,
      enableOptionalTypes: opts.enableOptionalTypes
    });
  }
  getDefinitions() {
    const variables = [];
    const functions = [];
    for (const [, varDecl] of this.variables) {
      if (!varDecl) continue;
      variables.push({
        name: varDecl.name,
        description: varDecl.description || null,
        type: varDecl.type.name
      });
    }
    for (const decl of this.#getFunctions()) {
      functions.push({
        signature: decl.signature,
        name: decl.name,
        description: decl.description,
        receiverType: decl.receiverType ? decl.receiverType.name : null,
        returnType: decl.returnType.name,
        params: decl.params.map((p) => ({
          name: p.name,
          type: p.type.name,
          description: p.description
        }))
      });
    }
    return { variables, functions };
  }
  #parseSignature(signature) {
    if (typeof signature !== "string") throw new Error("Invalid signature: must be a string");
    const match = signature.match(/^(?:([a-zA-Z0-9.<>]+)\.)?(\w+)\(([^)]*)\):(.*)$/);
    if (!match) throw new Error(`Invalid signature: ${signature}`);
    const returnType = match[4].trim();
    if (!returnType) throw new Error(`Invalid signature: ${signature}`);
    return {
      receiverType: match[1] || null,
      name: match[2],
      argTypes: splitByComma(match[3]),
      returnType
    };
  }
  /**
   * @param {FunctionDeclaration} a
   * @param {FunctionDeclaration} b
   */
  #functionSignatureOverlaps(a, b) {
    if (a.name !== b.name) return false;
    if (a.argTypes.length !== b.argTypes.length) return false;
    if ((a.receiverType || b.receiverType) && (!a.receiverType || !b.receiverType)) return false;
    const isDifferentReceiver = a.receiverType !== b.receiverType && a.receiverType !== dynType && b.receiverType !== dynType;
    return !isDifferentReceiver && (b.macro || a.macro || b.argTypes.every((t, i) => {
      const o = a.argTypes[i];
      return t === o || t === dynType || o === dynType;
    }));
  }
  /** @param {FunctionDeclaration} newDec */
  #checkOverlappingSignatures(newDec) {
    for (const decl of this.#functionCandidates(newDec.partitionKey)) {
      if (!this.#functionSignatureOverlaps(decl, newDec)) continue;
      throw new Error(
        `Function signature '${newDec.signature}' overlaps with existing overload '${decl.signature}'.`
      );
    }
  }
  #normalizeParam(i, aType, param) {
    if (!param) return { type: this.getFunctionType(aType), name: `arg${i}`, description: null };
    const type = param.type || aType;
    if (!type) throw new Error(`params[${i}].type is required`);
    if (aType && type !== aType) throw new Error(`params[${i}].type not equal to signature type`);
    return {
      name: param.name || `arg${i}`,
      type: this.getFunctionType(type),
      description: param.description ?? null
    };
  }
  registerFunctionOverload(s, handler, opts) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    if (typeof s === "object") opts = s;
    else if (typeof handler === "object") opts = handler;
    else if (!opts) opts = {};
    const sig = typeof s === "string" ? s : opts.signature ?? void 0;
    const parsed = sig !== void 0 ? this.#parseSignature(sig) : void 0;
    const name = parsed?.name || opts.name;
    const receiverType = parsed?.receiverType || opts.receiverType;
    const argTypes = parsed?.argTypes;
    const returnType = parsed?.returnType || opts.returnType;
    const params = opts.params;
    handler = typeof handler === "function" ? handler : opts.handler;
    let dec;
    try {
      if (!name) throw new Error(`signature or name are required`);
      if (!returnType) throw new Error(`must have a returnType`);
      if (params) {
        if (argTypes && params.length !== argTypes.length) {
          throw new Error(`mismatched length in params and args in signature`);
        }
      } else if (!argTypes) throw new Error(`signature or params are required`);
      dec = new FunctionDeclaration({
        name,
        async: opts?.async,
        receiverType: receiverType ? this.getType(receiverType) : null,
        returnType: this.getType(returnType),
        handler,
        description: opts.description,
        params: (argTypes || params).map(
          (_, i) => this.#normalizeParam(i, argTypes?.[i], params?.[i])
        )
      });
    } catch (e) {
      if (typeof sig === "string") e.message = `Invalid function declaration '${sig}': ${e.message}`;
      else if (name) e.message = `Invalid function declaration '${name}': ${e.message}`;
      else e.message = `Invalid function declaration: ${e.message}`;
      throw e;
    }
    this.#checkOverlappingSignatures(dec);
    this.#pushFunction(dec);
  }
  registerOperatorOverload(string, handler, opts) {
    const unaryParts = string.match(/^([-!])([\w.<>]+)(?::\s*([\w.<>]+))?$/);
    if (unaryParts) {
      const [, op2, operandType, returnType2] = unaryParts;
      return this.unaryOverload(op2, operandType, handler, returnType2, opts?.async);
    }
    const parts = string.match(
      /^([\w.<>]+) ([-+*%/]|==|!=|<|<=|>|>=|in) ([\w.<>]+)(?::\s*([\w.<>]+))?$/
    );
    if (!parts) throw new Error(`Operator overload invalid: ${string}`);
    const [, leftType, op, rightType, returnType] = parts;
    return this.binaryOverload(leftType, op, rightType, handler, returnType);
  }
  unaryOverload(op, typeStr, handler, returnTypeStr, async) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    const leftType = this.assertType(typeStr, "type", `${op}${typeStr}`);
    const returnType = this.assertType(
      returnTypeStr || typeStr,
      "return type",
      `${op}${typeStr}: ${returnTypeStr || typeStr}`
    );
    const d = new OperatorDeclaration({ op: `${op}_`, leftType, returnType, handler, async });
    this.#pushOperator(this.#assertOverload(d));
  }
  #hasOverload(d) {
    for (const o of this.operatorCandidates(d.operator)) if (d.equals(o)) return true;
    return false;
  }
  #assertOverload(decl) {
    if (!this.#hasOverload(decl)) return decl;
    throw new Error(`Operator overload already registered: ${decl.signature}`);
  }
  binaryOverload(leftTypeStr, op, rightTypeStr, handler, returnTypeStr, async) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    returnTypeStr ??= isRelational.has(op) ? "bool" : leftTypeStr;
    const sig = `${leftTypeStr} ${op} ${rightTypeStr}: ${returnTypeStr}`;
    let leftType = this.assertType(leftTypeStr, "left type", sig);
    let rightType = this.assertType(rightTypeStr, "right type", sig);
    const returnType = this.assertType(returnTypeStr, "return type", sig);
    if (leftType.kind === "dyn" && leftType.valueType) rightType = rightType.wrappedType;
    else if (rightType.kind === "dyn" && rightType.valueType) leftType = leftType.wrappedType;
    if (isRelational.has(op) && returnType.type !== "bool") {
      throw new Error(`Comparison operator '${op}' must return 'bool', got '${returnType.type}'`);
    }
    const dec = new OperatorDeclaration({ op, leftType, rightType, returnType, handler, async });
    if (dec.hasPlaceholderType && !(rightType.hasPlaceholderType && leftType.hasPlaceholderType)) {
      throw new Error(
        `Operator overload with placeholders must use them in both left and right types: ${sig}`
      );
    }
    this.#assertOverload(dec);
    if (op === "==") {
      const declarations = [
        new OperatorDeclaration({
          op: "!=",
          leftType,
          rightType,
          handler(a, b, ast, ev) {
            return !handler(a, b, ast, ev);
          },
          returnType,
          async
        })
      ];
      if (leftType !== rightType) {
        declarations.push(
          new OperatorDeclaration({
            op: "==",
            leftType: rightType,
            rightType: leftType,
            handler(a, b, ast, ev) {
              return handler(b, a, ast, ev);
            },
            returnType,
            async
          }),
          new OperatorDeclaration({
            op: "!=",
            leftType: rightType,
            rightType: leftType,
            handler(a, b, ast, ev) {
              return !handler(b, a, ast, ev);
            },
            returnType,
            async
          })
        );
      }
      for (const decl of declarations) this.#assertOverload(decl);
      for (const decl of declarations) this.#pushOperator(decl);
    }
    this.#pushOperator(dec);
  }
};
var isRelational = /* @__PURE__ */ new Set(["<", "<=", ">", ">=", "==", "!=", "in"]);
function createRegistry(opts) {
  return new Registry(opts);
}
var RootContext = class {
  #vars;
  #contextObj;
  #contextMap;
  #convertCache;
  constructor(registry, context) {
    this.#vars = registry.variables;
    if (context === void 0 || context === null) return;
    if (typeof context !== "object") {
      throw evaluationError("invalid_context", "Context must be an object");
    }
    if (context instanceof Map) this.#contextMap = context;
    else this.#contextObj = context;
  }
  getValue(key) {
    return this.#convertCache?.get(key) || (this.#contextObj ? this.#contextObj[key] : this.#contextMap?.get(key));
  }
  getVariable(name) {
    return this.#vars.get(name) ?? (this.#vars.dyn && !RESERVED.has(name) ? new VariableDeclaration(name, dynType) : void 0);
  }
  getCheckedValue(ev, ast) {
    const v = this.getValue(ast.args);
    if (v === void 0) throw ev.createError("unknown_variable", `Unknown variable: ${ast.args}`, ast);
    if (ast.checkedType.matchesValueType(v, ev)) return v;
    const type = ast.checkedType;
    const valueType = ev.debugType(v);
    if (type.kind === "message" && valueType.kind === "map") {
      const c = ev.objectTypes.get(type.name)?.convert?.(v);
      if (c) return (this.#convertCache ??= /* @__PURE__ */ new Map()).set(ast.args, c), c;
    }
    throw ev.createError(
      "variable_type_mismatch",
      `Variable '${ast.args}' is not of type '${type}', got '${valueType}'`,
      ast
    );
  }
  forkWithVariable(iterVar, iterType) {
    return new OverlayContext(this, iterVar, iterType);
  }
};
var OverlayContext = class _OverlayContext {
  #parent;
  accuType;
  accuValue;
  iterValue;
  constructor(parent, iterVar, iterType) {
    this.#parent = parent;
    this.iterVar = iterVar;
    this.iterType = iterType;
  }
  forkWithVariable(iterVar, iterType) {
    return new _OverlayContext(this, iterVar, iterType);
  }
  reuse(parent) {
    if (!this.async) return this.#parent = parent, this;
    const ctx = new _OverlayContext(parent, this.iterVar, this.iterType);
    ctx.accuType = this.accuType;
    return ctx;
  }
  setIterValue(v, ev) {
    if (this.iterType.matchesValueType(v, ev)) return this.iterValue = v, this;
    const type = this.iterType;
    const valueType = ev.debugType(v);
    if (type.kind === "message" && valueType.kind === "map") {
      const c = ev.objectTypes.get(type.name)?.convert?.(v);
      if (c) return this.iterValue = c, this;
    }
    throw ev.createError(
      "variable_type_mismatch",
      `Variable '${this.iterVar}' is not of type '${type}', got '${valueType}'`
    );
  }
  setAccuType(type) {
    return this.accuType = type, this;
  }
  setAccuValue(v) {
    return this.accuValue = v, this;
  }
  getValue(key) {
    return this.iterVar === key ? this.iterValue : this.#parent.getValue(key);
  }
  getCheckedValue(ev, ast) {
    if (this.iterVar === ast.args) return this.iterValue;
    return this.#parent.getCheckedValue(ev, ast);
  }
  getVariable(name) {
    if (this.iterVar === name) return new VariableDeclaration(name, this.iterType);
    return this.#parent.getVariable(name);
  }
};
function protobufjsFieldToCelType(field) {
  let fieldType;
  if (field.map) {
    const keyType = protobufjsTypeToCelType(field.keyType, field.resolvedKeyType);
    const valueType = protobufjsTypeToCelType(field.type, field.resolvedType);
    fieldType = `map<${keyType}, ${valueType}>`;
  } else {
    fieldType = protobufjsTypeToCelType(field.type, field.resolvedType);
  }
  return { type: field.repeated ? `list<${fieldType}>` : fieldType };
}
function protobufjsTypeToCelType(protoType, resolvedType) {
  switch (protoType) {
    case "string":
      return "string";
    case "bytes":
      return "bytes";
    case "bool":
      return "bool";
    // protobufjs uses JavaScript numbers for all numeric types
    case "double":
    case "float":
    case "int32":
    case "int64":
    case "sint32":
    case "sint64":
    case "sfixed32":
    case "sfixed64":
    case "uint32":
    case "uint64":
    case "fixed32":
    case "fixed64":
      return "double";
    default:
      switch (resolvedType?.constructor.name) {
        case "Type":
          return resolvedType.fullName.slice(1);
        case "Enum":
          return "int";
      }
      if (protoType?.includes(".")) return protoType;
      return "dyn";
  }
}

// node_modules/@marcbachmann/cel-js/lib/operators.js
var dynType2 = celTypes.dyn;
var Base = class {
  dynType = celTypes.dyn;
  optionalType = celTypes.optional;
  stringType = celTypes.string;
  intType = celTypes.int;
  doubleType = celTypes.double;
  boolType = celTypes.bool;
  nullType = celTypes.null;
  listType = celTypes.list;
  mapType = celTypes.map;
  constructor(opts) {
    this.opts = opts.opts;
    this.registry = opts.registry;
    this.objectTypes = this.registry.objectTypes;
    this.objectTypesByConstructor = this.registry.objectTypesByConstructor;
  }
  /**
   * Get a TypeDeclaration instance for a type name
   * @param {string} typeName - The type name (e.g., 'string', 'int', 'dyn')
   * @returns {TypeDeclaration} The type declaration instance
   */
  getType(typeName) {
    return this.registry.getType(typeName);
  }
  debugType(v) {
    switch (typeof v) {
      case "string":
        return this.stringType;
      case "bigint":
        return this.intType;
      case "number":
        return this.doubleType;
      case "boolean":
        return this.boolType;
      case "object":
        if (v === null) return this.nullType;
        switch (v.constructor) {
          case void 0:
          case Object:
          case Map:
            return this.mapType;
          case Array:
          case Set:
            return this.listType;
          default:
            return this.objectTypesByConstructor.get(v.constructor)?.type || unsupportedType(this, v.constructor?.name || typeof v);
        }
      default:
        unsupportedType(this, typeof v);
    }
  }
};
function unsupportedType(self, type) {
  throw self.createError("unsupported_type", `Unsupported type: ${type}`);
}
var maybeAsyncArray = (a) => Array.isArray(a) ? a.some((n) => n.maybeAsync) : false;
function maybeAsync(l, r, h) {
  if (r === true || r && (r?.maybeAsync || maybeAsyncArray(r))) return maybeAsyncBoth(h);
  if (l === true || l && (l?.maybeAsync || maybeAsyncArray(l))) return maybeAsyncFirst(h);
  return h;
}
function maybeAsyncBoth(handler) {
  return handler.__asyncBoth ??= function handle(a, b, c, d) {
    if (!(a instanceof Promise || b instanceof Promise)) return handler(a, b, c, d);
    if (!(b instanceof Promise)) return a.then((_a) => handler(_a, b, c, d));
    if (!(a instanceof Promise)) return b.then((_b) => handler(a, _b, c, d));
    return Promise.all([a, b]).then((p) => handler(p[0], p[1], c, d));
  };
}
function maybeAsyncFirst(handler) {
  return handler.__asyncFirst ??= function handle(a, b, c, d) {
    if (a instanceof Promise) return a.then((_a) => handler(_a, b, c, d));
    return handler(a, b, c, d);
  };
}
function checkAccessNode(chk, ast, ctx) {
  ast.right = ast.args[1];
  const leftType = chk.check(ast.left = ast.args[0], ctx);
  if (ast.op === "[]") chk.check(ast.right, ctx);
  ast.handle = maybeAsync(
    ast.left,
    ast.op === "[]" ? ast.right : false,
    leftType !== dynType2 ? fieldAccessStatic : fieldAccess
  );
  if (leftType.kind !== "optional") return chk.checkAccessOnType(ast, ctx, leftType);
  return chk.registry.getOptionalType(chk.checkAccessOnType(ast, ctx, leftType.valueType, true));
}
function checkOptionalAccessNode(chk, ast, ctx) {
  ast.right = ast.args[1];
  const leftType = chk.check(ast.left = ast.args[0], ctx);
  if (ast.op === "[?]") chk.check(ast.right, ctx);
  ast.handle = maybeAsync(ast.left, ast.op === "[?]" ? ast.right : false, oFieldAccess);
  const actualType = leftType.kind === "optional" ? leftType.valueType : leftType;
  return chk.registry.getOptionalType(chk.checkAccessOnType(ast, ctx, actualType, true));
}
var HOMOGENEOUS_PREFIX = {
  heterogeneous_list_element: "List elements must have the same type,",
  heterogeneous_map_key: "Map key uses wrong type,",
  heterogeneous_map_value: "Map value uses wrong type,"
};
function checkElementHomogenous(chk, ctx, expected, el, code) {
  const type = chk.check(el, ctx);
  if (type === expected || expected.isEmpty()) return type;
  if (type.isEmpty()) return expected;
  throw chk.createError(
    code,
    `${HOMOGENEOUS_PREFIX[code]} expected type '${chk.formatType(expected)}' but found '${chk.formatType(type)}'`,
    el
  );
}
function checkElement(chk, ctx, expected, el) {
  return expected.unify(chk.registry, chk.check(el, ctx)) || dynType2;
}
function ternaryConditionError(ev, value, node) {
  const type = ev.debugRuntimeType(value);
  return ev.createError(
    "invalid_condition_type",
    `${node.meta.label || "Ternary condition must be bool"}, got '${type}'`,
    node
  );
}
function handleTernary(c, ev, ast, ctx) {
  if (c === true) return ev.run(ast.left, ctx);
  if (c === false) return ev.run(ast.right, ctx);
  throw ternaryConditionError(ev, c, ast.condition);
}
function logicalOperandError(ev, value, node) {
  const type = ev.debugRuntimeType(value);
  return ev.createError(
    "invalid_logical_operand",
    `Logical operator requires bool operands, got '${type}'`,
    node
  );
}
function logicalValueOrErr(ev, v, node) {
  if (v instanceof Error) return v;
  return logicalOperandError(ev, v, node);
}
function _logicalOp(exp, ev, ast, left, right) {
  if (right === exp) return exp;
  if (right === !exp) {
    if (left === right) return right;
    throw logicalValueOrErr(ev, left, ast.left);
  }
  if (right instanceof Promise) return right.then((r) => _logicalOpAsync(exp, ev, ast, left, r));
  throw logicalOperandError(ev, right, ast.left);
}
function _logicalOpAsync(exp, ev, ast, left, right) {
  if (right === exp) return exp;
  if (typeof right !== "boolean") throw logicalOperandError(ev, right, ast.right);
  if (typeof left !== "boolean") throw logicalValueOrErr(ev, left, ast.left);
  return !exp;
}
function checkLogicalOp(chk, ast, ctx) {
  const leftType = chk.check(ast.left = ast.args[0], ctx);
  const rightType = chk.check(ast.right = ast.args[1], ctx);
  if (!leftType.isDynOrBool()) {
    throw chk.createError(
      "invalid_logical_operand",
      `Logical operator requires bool operands, got '${chk.formatType(leftType)}'`,
      ast
    );
  }
  if (!rightType.isDynOrBool()) {
    throw chk.createError(
      "invalid_logical_operand",
      `Logical operator requires bool operands, got '${chk.formatType(rightType)}'`,
      ast
    );
  }
  return chk.boolType;
}
function checkUnary(chk, ast, ctx) {
  const op = ast.op;
  const right = chk.check(ast.args, ctx);
  ast.candidates = chk.registry.operatorCandidates(op);
  if (right.kind === "dyn") {
    ast.handle = maybeAsync(ast.args, false, handleUnary);
    return ast.candidates.returnType;
  }
  const overload = ast.candidates.findUnaryOverload(right);
  if (!overload) {
    throw chk.createError(
      "no_such_overload",
      `no such overload: ${op[0]}${chk.formatType(right)}`,
      ast
    );
  }
  ast.handle = maybeAsync(ast.args, false, overload.handler);
  return overload.returnType;
}
function handleUnary(left, ast, ev) {
  const leftType = ev.debugRuntimeType(left, ast.args.checkedType);
  const overload = ast.candidates.findUnaryOverload(leftType);
  if (overload) return overload.handler(left);
  throw ev.createError("no_such_overload", `no such overload: ${ast.op[0]}${leftType}`, ast);
}
function evaluateUnary(ev, ast, ctx) {
  return ast.handle(ev.run(ast.args, ctx), ast, ev);
}
function checkBinary(chk, ast, ctx) {
  const op = ast.op;
  const left = chk.check(ast.left = ast.args[0], ctx);
  const right = chk.check(ast.right = ast.args[1], ctx);
  ast.candidates = chk.registry.operatorCandidates(op);
  const overload = left.hasDynType || right.hasDynType ? void 0 : ast.candidates.findBinaryOverload(left, right);
  ast.handle = maybeAsync(ast.left, ast.right, overload?.handler || handleBinary);
  if (overload) return overload.returnType;
  const type = ast.candidates.checkBinaryOverload(left, right);
  if (!left.hasDynType) ast.leftStaticType = left;
  if (!right.hasDynType) ast.rightStaticType = right;
  if (type) return type;
  throw chk.createError(
    "no_such_overload",
    `no such overload: ${chk.formatType(left)} ${op} ${chk.formatType(right)}`,
    ast
  );
}
function evaluateBinary(ev, ast, ctx) {
  return ast.handle(ev.run(ast.left, ctx), ev.run(ast.right, ctx), ast, ev);
}
function evaluateBinaryFirst(ev, ast, ctx) {
  return ast.handle(ev.run(ast.left, ctx), ast.right, ast, ev);
}
function handleBinary(left, right, ast, ev) {
  const leftType = ast.leftStaticType || ev.debugTypeDeep(left).wrappedType;
  const rightType = ast.rightStaticType || ev.debugTypeDeep(right).wrappedType;
  const overload = ast.candidates.findBinaryOverload(leftType, rightType);
  if (overload) return overload.handler(left, right, ast, ev);
  throw ev.createError(
    "no_such_overload",
    `no such overload: ${leftType} ${ast.op} ${rightType}`,
    ast
  );
}
function callFunctionHandler(handler, ev, args, ast) {
  try {
    const result = handler.apply(ev, args);
    if (result instanceof Promise) {
      return result.catch((error) => {
        throw attachErrorAst(error, ast);
      });
    }
    return result;
  } catch (error) {
    throw attachErrorAst(error, ast);
  }
}
function callFn(args, ast, ev) {
  const argAst = ast.args[1];
  const types = ast.argTypes;
  let i = argAst.length;
  while (i--) types[i] = ev.debugRuntimeType(args[i], argAst[i].checkedType);
  const decl = ast.candidates.findFunction(types);
  if (decl) return callFunctionHandler(decl.handler, ev, args, ast);
  throw ev.createError(
    "no_matching_overload",
    `found no matching overload for '${ast.args[0]}(${types.map((t) => t.unwrappedType).join(", ")})'`,
    ast
  );
}
function callRecFn(args, ev, ast) {
  const [, receiverAst, argAst] = ast.args;
  const types = ast.argTypes;
  for (let i = 0; i < types.length; i++)
    types[i] = ev.debugRuntimeType(args[i + 1], argAst[i].checkedType);
  const receiverType = ev.debugRuntimeType(args[0], receiverAst.checkedType);
  const decl = ast.candidates.findFunction(types, receiverType);
  if (decl) return callFunctionHandler(decl.handler, ev, args, ast);
  throw ev.createError(
    "no_matching_overload",
    `found no matching overload for '${receiverType.type}.${ast.args[0]}(${types.map((t) => t.unwrappedType).join(", ")})'`,
    ast
  );
}
function resolveAstArray(ev, astArray, ctx, i = astArray.length) {
  if (i === 0) return [];
  let async;
  const results = new Array(i);
  while (i--) if ((results[i] = ev.run(astArray[i], ctx)) instanceof Promise) async ??= true;
  return async ? Promise.all(results) : results;
}
function safeFromEntries(entries) {
  const obj = {};
  for (let i = 0; i < entries.length; i++) {
    const [k, v] = entries[i];
    if (k === "__proto__" || k === "constructor" || k === "prototype") continue;
    obj[k] = v;
  }
  return obj;
}
function comprehensionElementType(chk, iterable, ctx) {
  const iterType = chk.check(iterable, ctx);
  if (iterType.kind === "dyn") return iterType;
  if (iterType.kind === "list") return iterType.valueType;
  if (iterType.kind === "map") return iterType.keyType;
  throw chk.createError(
    "invalid_comprehension_range",
    `Expression of type '${chk.formatType(
      iterType
    )}' cannot be range of a comprehension (must be list, map, or dynamic).`,
    iterable
  );
}
function toIterable(ev, args, coll) {
  if (coll instanceof Set) return [...coll];
  if (coll instanceof Map) return [...coll.keys()];
  if (coll && typeof coll === "object") return objKeys(coll);
  throw ev.createError(
    "invalid_comprehension_range",
    `Expression of type '${ev.debugType(
      coll
    )}' cannot be range of a comprehension (must be list, map, or dynamic).`,
    args.iterable
  );
}
function runQualifier(items, args, ev, ctx) {
  if (!isArray(items)) items = toIterable(ev, args, items);
  const accu = ev.run(args.init, ctx = args.iterCtx.reuse(ctx));
  ctx.accuValue = accu;
  if (ctx === args.iterCtx) return iterateQuantifier(ev, ctx, args, items, accu, 0);
  return continueQuantifier(ev, ctx, args, items, accu, 0);
}
function runComprehension(items, args, ev, ctx) {
  if (!isArray(items)) items = toIterable(ev, args, items);
  const accu = ev.run(args.init, ctx = args.iterCtx.reuse(ctx));
  ctx.accuValue = accu;
  if (ctx === args.iterCtx) return iterateLoop(ev, ctx, args, items, accu, 0);
  return continueLoop(ev, ctx, args, items, accu, 0);
}
function iterateLoop(ev, ctx, args, items, accu, i) {
  const condition = args.condition;
  const step = args.step;
  const len = items.length;
  while (i < len) {
    if (condition && !condition(accu)) break;
    accu = ev.run(step, ctx.setIterValue(items[i++], ev));
    if (accu instanceof Promise) return continueLoop(ev, ctx, args, items, accu, i);
  }
  return args.result(accu);
}
async function continueLoop(ev, ctx, args, items, accu, i) {
  if (ctx === args.iterCtx) ctx.async = true;
  const condition = args.condition;
  const step = args.step;
  const len = items.length;
  accu = await accu;
  while (i < len) {
    if (condition && !condition(accu)) return args.result(accu);
    accu = ev.run(step, ctx.setIterValue(items[i++], ev));
    if (accu instanceof Promise) accu = await accu;
  }
  return args.result(accu);
}
function iterateQuantifier(ev, ctx, args, items, accu, i, error, stp) {
  const condition = args.condition;
  const step = args.step;
  const len = items.length;
  while (i < len) {
    if (!condition(accu)) return args.result(accu);
    stp = ev.tryEval(step, ctx.setIterValue(items[i++], ev));
    if (stp instanceof Promise) return continueQuantifier(ev, ctx, args, items, accu, i, error, stp);
    if (stp instanceof Error && (error ??= stp)) continue;
    accu = stp;
  }
  if (error && condition(accu)) throw error;
  return args.result(accu);
}
async function continueQuantifier(ev, ctx, args, items, accu, i, error, stp) {
  if (ctx === args.iterCtx) ctx.async = true;
  const condition = args.condition;
  const step = args.step;
  const len = items.length;
  stp = await stp;
  if (stp instanceof Error) error ??= stp;
  else accu = stp;
  while (i < len) {
    if (!condition(accu)) return args.result(accu);
    stp = ev.tryEval(step, ctx.setIterValue(items[i++], ev));
    if (stp instanceof Promise) stp = await stp;
    if (stp instanceof Error && (error ??= stp)) continue;
    accu = stp;
  }
  if (error && condition(accu)) throw error;
  return args.result(accu);
}
function oFieldAccess(left, right, ast, ev) {
  return ev.optionalType.field(left, right, ast, ev);
}
function fieldAccessStatic(left, right, ast, ev) {
  return ast.left.checkedType.field(left, right, ast, ev);
}
var empty = /* @__PURE__ */ Object.create(null);
function fieldAccess(left, right, ast, ev) {
  switch (left?.constructor) {
    case void 0:
    case Object: {
      const v = hasOwn(left || empty, right) ? left[right] : void 0;
      if (v !== void 0) return ev.debugType(v), v;
      break;
    }
    case Map: {
      const v = left.get(right);
      if (v !== void 0) return ev.debugType(v), v;
      break;
    }
    case Array:
    case Set:
      return ev.listType.field(left, right, ast, ev);
    default:
      const t = ev.objectTypesByConstructor.get(left.constructor);
      if (t) return t.type.field(left, right, ast, ev);
      else if (typeof left === "object") unsupportedType(ev, left.constructor.name);
  }
  throw ev.createError("no_such_key", `No such key: ${right}`, ast);
}
var emptyList = () => [];
var emptyMap = () => ({});
var OPERATORS = {
  value: {
    check(chk, ast) {
      return chk.debugType(ast.args);
    },
    evaluate(_ev, ast) {
      return ast.args;
    }
  },
  id: {
    check(chk, ast, ctx) {
      const variable = ctx.getVariable(ast.args);
      if (!variable) throw chk.createError("unknown_variable", `Unknown variable: ${ast.args}`, ast);
      if (variable.constant) {
        const alternate = ast.clone(OPERATORS.value, variable.value);
        ast.setMeta("alternate", alternate);
        return chk.check(alternate, ctx);
      }
      return variable.type;
    },
    evaluate(ev, ast, ctx) {
      return ctx.getCheckedValue(ev, ast);
    }
  },
  ".": {
    alias: "fieldAccess",
    check: checkAccessNode,
    evaluate: evaluateBinaryFirst
  },
  ".?": {
    alias: "optionalFieldAccess",
    check: checkOptionalAccessNode,
    evaluate: evaluateBinaryFirst
  },
  "[]": {
    alias: "bracketAccess",
    check: checkAccessNode,
    evaluate: evaluateBinary
  },
  "[?]": {
    alias: "optionalBracketAccess",
    check: checkOptionalAccessNode,
    evaluate: evaluateBinary
  },
  call: {
    check(chk, ast, ctx) {
      const [functionName, args] = ast.args;
      const candidates = ast.candidates = chk.registry.functionCandidates(
        false,
        functionName,
        args.length
      );
      const argTypes = ast.argTypes = args.map((a) => chk.check(a, ctx));
      const decl = candidates.findFunction(argTypes);
      if (!decl) {
        throw chk.createError(
          "no_matching_overload",
          `found no matching overload for '${functionName}(${chk.formatTypeList(argTypes)})'`,
          ast
        );
      }
      const handle = argTypes.some((t) => t.hasDynType) ? callFn : decl.handler.__handle ??= (l, _ast, e) => callFunctionHandler(decl.handler, e, l, _ast);
      ast.handle = maybeAsync(args, false, handle);
      return decl.returnType;
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(resolveAstArray(ev, ast.args[1], ctx), ast, ev);
    }
  },
  rcall: {
    check(chk, ast, ctx) {
      const [methodName, receiver, args] = ast.args;
      const receiverType = chk.check(receiver, ctx);
      const candidates = ast.candidates = chk.registry.functionCandidates(
        true,
        methodName,
        args.length
      );
      const argTypes = ast.argTypes = args.map((a) => chk.check(a, ctx));
      ast.receiverWithArgs = [receiver, ...args];
      ast.handle = maybeAsync(ast.receiverWithArgs, false, callRecFn);
      if (receiverType.kind === "dyn" && candidates.returnType) return candidates.returnType;
      const decl = candidates.findFunction(argTypes, receiverType);
      if (!decl) {
        throw chk.createError(
          "no_matching_overload",
          `found no matching overload for '${receiverType.type}.${methodName}(${chk.formatTypeList(
            argTypes
          )})'`,
          ast
        );
      }
      if (!receiverType.hasPlaceholderType && !argTypes.some((t) => t.hasDynType)) {
        const fn = decl.handler;
        const handle = fn.__handle ??= (a, ev, _ast) => callFunctionHandler(fn, ev, a, _ast);
        ast.handle = maybeAsync(ast.receiverWithArgs, false, handle);
      }
      return decl.returnType;
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(resolveAstArray(ev, ast.receiverWithArgs, ctx), ev, ast);
    }
  },
  list: {
    check(chk, ast, ctx) {
      const arr = ast.args;
      const arrLen = arr.length;
      if (arrLen === 0) return ast.setMeta("evaluate", emptyList) && chk.getType("list<T>");
      let valueType = chk.check(arr[0], ctx);
      const check2 = chk.opts.homogeneousAggregateLiterals ? checkElementHomogenous : checkElement;
      for (let i = 1; i < arrLen; i++)
        valueType = check2(chk, ctx, valueType, arr[i], "heterogeneous_list_element");
      return chk.registry.getListType(valueType);
    },
    evaluate(ev, ast, ctx) {
      return resolveAstArray(ev, ast.args, ctx);
    }
  },
  map: {
    check(chk, ast, ctx) {
      const arr = ast.args;
      const arrLen = arr.length;
      if (arrLen === 0) return ast.setMeta("evaluate", emptyMap) && chk.getType("map<K, V>");
      const check2 = chk.opts.homogeneousAggregateLiterals ? checkElementHomogenous : checkElement;
      let keyType = chk.check(arr[0][0], ctx);
      let valueType = chk.check(arr[0][1], ctx);
      for (let i = 1; i < arrLen; i++) {
        const e = arr[i];
        keyType = check2(chk, ctx, keyType, e[0], "heterogeneous_map_key");
        valueType = check2(chk, ctx, valueType, e[1], "heterogeneous_map_value");
      }
      return chk.registry.getMapType(keyType, valueType);
    },
    evaluate(ev, ast, ctx) {
      const astEntries = ast.args;
      const len = astEntries.length;
      const results = new Array(len);
      let async;
      for (let i = 0; i < len; i++) {
        const e = astEntries[i];
        const k = ev.run(e[0], ctx);
        const v = ev.run(e[1], ctx);
        if (k instanceof Promise || v instanceof Promise) {
          results[i] = Promise.all([k, v]);
          async ??= true;
        } else {
          results[i] = [k, v];
        }
      }
      if (async) return Promise.all(results).then(safeFromEntries);
      return safeFromEntries(results);
    }
  },
  comprehension: {
    check(chk, ast, ctx) {
      const args = ast.args;
      args.iterCtx = ctx.forkWithVariable(args.iterVarName, comprehensionElementType(chk, args.iterable, ctx)).setAccuType(chk.check(args.init, ctx));
      const stepType = chk.check(args.step, args.iterCtx);
      const handler = args.errorsAreFatal ? runComprehension : runQualifier;
      ast.handle = maybeAsync(args.iterable, false, handler);
      if (args.kind === "quantifier") return chk.boolType;
      return stepType;
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(ev.run(ast.args.iterable, ctx), ast.args, ev, ctx);
    }
  },
  accuValue: {
    check(_chk, _ast, ctx) {
      return ctx.accuType;
    },
    evaluate(_ev, _ast, ctx) {
      return ctx.accuValue;
    }
  },
  accuInc: {
    check(_chk, _ast, ctx) {
      return ctx.accuType;
    },
    evaluate(_ev, _ast, ctx) {
      return ctx.accuValue += 1;
    }
  },
  accuPush: {
    check(chk, ast, ctx) {
      const listType2 = ctx.accuType;
      const itemType = chk.check(ast.args, ctx);
      if (!ast.args.maybeAsync) ast.setMeta("evaluate", OPERATORS.accuPush.evaluateSync);
      if (listType2.kind === "list" && listType2.valueType.kind !== "param") return listType2;
      return chk.registry.getListType(itemType);
    },
    evaluateSync(ev, ast, ctx) {
      return ctx.accuValue.push(ev.run(ast.args, ctx)), ctx.accuValue;
    },
    evaluate(ev, ast, ctx) {
      const arr = ctx.accuValue;
      const el = ev.run(ast.args, ctx);
      if (el instanceof Promise) return el.then((_e) => arr.push(_e) && arr);
      arr.push(el);
      return arr;
    }
  },
  "?:": {
    alias: "ternary",
    check(chk, ast, ctx) {
      const condast = ast.condition = ast.args[0];
      const leftast = ast.left = ast.args[1];
      const rightast = ast.right = ast.args[2];
      const condType = chk.check(condast, ctx);
      if (!condType.isDynOrBool()) {
        throw chk.createError(
          "invalid_condition_type",
          `${condast.meta.label || "Ternary condition must be bool"}, got '${chk.formatType(condType)}'`,
          condast
        );
      }
      const leftType = chk.check(leftast, ctx);
      const rightType = chk.check(rightast, ctx);
      const unified = leftType.unify(chk.registry, rightType);
      ast.handle = maybeAsync(condast, false, handleTernary);
      if (unified) return unified;
      throw chk.createError(
        "incompatible_ternary_branches",
        `Ternary branches must have the same type, got '${chk.formatType(
          leftType
        )}' and '${chk.formatType(rightType)}'`,
        ast
      );
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(ev.run(ast.condition, ctx), ev, ast, ctx);
    }
  },
  "||": {
    check: checkLogicalOp,
    evaluate(ev, ast, ctx) {
      const l = ev.tryEval(ast.left, ctx);
      if (l === true) return true;
      if (l === false) {
        const right = ev.run(ast.right, ctx);
        if (typeof right === "boolean") return right;
        return _logicalOp(true, ev, ast, l, right);
      }
      if (l instanceof Promise)
        return l.then(
          (_l) => _l === true ? _l : _logicalOp(true, ev, ast, _l, ev.run(ast.right, ctx))
        );
      return _logicalOp(true, ev, ast, l, ev.run(ast.right, ctx));
    }
  },
  "&&": {
    check: checkLogicalOp,
    evaluate(ev, ast, ctx) {
      const l = ev.tryEval(ast.left, ctx);
      if (l === false) return false;
      if (l === true) {
        const right = ev.run(ast.right, ctx);
        if (typeof right === "boolean") return right;
        return _logicalOp(false, ev, ast, l, right);
      }
      if (l instanceof Promise)
        return l.then(
          (_l) => _l === false ? _l : _logicalOp(false, ev, ast, _l, ev.run(ast.right, ctx))
        );
      return _logicalOp(false, ev, ast, l, ev.run(ast.right, ctx));
    }
  },
  "!_": { alias: "unaryNot", check: checkUnary, evaluate: evaluateUnary },
  "-_": { alias: "unaryMinus", check: checkUnary, evaluate: evaluateUnary }
};
var binaryOperators = ["!=", "==", "in", "+", "-", "*", "/", "%", "<", "<=", ">", ">="];
for (const op of binaryOperators) OPERATORS[op] = { check: checkBinary, evaluate: evaluateBinary };
for (const op of objKeys(OPERATORS)) {
  const obj = OPERATORS[op];
  obj.name = op;
  if (obj.alias) OPERATORS[obj.alias] = obj;
}

// node_modules/@marcbachmann/cel-js/lib/macros.js
var identity = (x) => x;
function assertIdentifier(node, message) {
  if (node.op === "id") return node.args;
  throw parseError("invalid_macro_argument", message, node);
}
function createMapExpander(hasFilter) {
  const functionDesc = hasFilter ? "map(var, filter, transform)" : "map(var, transform)";
  const invalidMsg = `${functionDesc} invalid predicate iteration variable`;
  const label = `${functionDesc} filter predicate must return bool`;
  return ({ args, receiver, ast: callAst }) => {
    const [iterVar, predicate, transform] = hasFilter ? args : [args[0], null, args[1]];
    let step = transform.clone(OPERATORS.accuPush, transform);
    if (predicate) {
      const accuValue = predicate.clone(OPERATORS.accuValue);
      step = predicate.clone(OPERATORS.ternary, [predicate.setMeta("label", label), step, accuValue]);
    }
    return {
      callAst: callAst.clone(OPERATORS.comprehension, {
        errorsAreFatal: true,
        iterable: receiver,
        iterVarName: assertIdentifier(iterVar, invalidMsg),
        init: callAst.clone(OPERATORS.list, []),
        step,
        result: identity
      })
    };
  };
}
function createFilterExpander() {
  const functionDesc = "filter(var, predicate)";
  const invalidMsg = `${functionDesc} invalid predicate iteration variable`;
  const label = `${functionDesc} predicate must return bool`;
  return ({ args, receiver, ast: callAst }) => {
    const iterVarName = assertIdentifier(args[0], invalidMsg);
    const accuValue = callAst.clone(OPERATORS.accuValue);
    const predicate = args[1].setMeta("label", label);
    const appendItem = callAst.clone(OPERATORS.accuPush, callAst.clone(OPERATORS.id, iterVarName));
    const step = predicate.clone(OPERATORS.ternary, [predicate, appendItem, accuValue]);
    return {
      callAst: callAst.clone(OPERATORS.comprehension, {
        errorsAreFatal: true,
        iterable: receiver,
        iterVarName,
        init: callAst.clone(OPERATORS.list, []),
        step,
        result: identity
      })
    };
  };
}
function createQuantifierExpander(opts) {
  const invalidMsg = `${opts.name}(var, predicate) invalid predicate iteration variable`;
  const label = `${opts.name}(var, predicate) predicate must return bool`;
  return ({ args, receiver, ast: callAst }) => {
    const predicate = args[1].setMeta("label", label);
    const transform = opts.transform({ args, ast: callAst, predicate, opts });
    return {
      callAst: callAst.clone(OPERATORS.comprehension, {
        kind: "quantifier",
        errorsAreFatal: opts.errorsAreFatal || false,
        iterable: receiver,
        iterVarName: assertIdentifier(args[0], invalidMsg),
        init: transform.init,
        condition: transform.condition,
        step: transform.step,
        result: transform.result || identity
      })
    };
  };
}
function createHasExpander() {
  const invalidHasArgument = "has() invalid argument";
  function evaluate3(ev, macro, ctx) {
    const nodes = macro.macroHasProps;
    let i = nodes.length;
    let obj = ev.run(nodes[--i], ctx);
    let inOptionalContext;
    while (i--) {
      const node = nodes[i];
      if (node.op === ".?") inOptionalContext ??= true;
      obj = ev.debugType(obj).fieldLazy(obj, node.args[1], node, ev);
      if (obj !== void 0) continue;
      if (!(!inOptionalContext && i && node.op === ".")) break;
      throw evaluationError("no_such_key", `No such key: ${node.args[1]}`, node);
    }
    return obj !== void 0;
  }
  function typeCheck(checker, macro, ctx) {
    let node = macro.args[0];
    if (node.op !== ".") throw checker.createError("invalid_macro_argument", invalidHasArgument, node);
    if (!macro.macroHasProps) {
      const props = [];
      while (node.op === "." || node.op === ".?") node = props.push(node) && node.args[0];
      if (node.op !== "id") throw checker.createError("invalid_macro_argument", invalidHasArgument, node);
      checker.check(node, ctx);
      props.push(node);
      macro.macroHasProps = props;
    }
    return checker.getType("bool");
  }
  return function({ args }) {
    return { args, evaluate: evaluate3, typeCheck, async: false };
  };
}
function registerMacros(registry) {
  const functionOverload = (sig, handler) => registry.registerFunctionOverload(sig, handler);
  functionOverload("has(ast): bool", createHasExpander());
  functionOverload(
    "list.all(ast, ast): bool",
    createQuantifierExpander({
      name: "all",
      transform({ ast: callAst, predicate, opts }) {
        return {
          init: callAst.clone(OPERATORS.value, true),
          condition: identity,
          step: predicate.clone(OPERATORS.ternary, [
            predicate,
            predicate.clone(OPERATORS.value, true),
            predicate.clone(OPERATORS.value, false)
          ])
        };
      }
    })
  );
  functionOverload(
    "list.exists(ast, ast): bool",
    createQuantifierExpander({
      name: "exists",
      condition(accu) {
        return !accu;
      },
      transform({ ast: callAst, predicate, opts }) {
        return {
          init: callAst.clone(OPERATORS.value, false),
          condition: opts.condition,
          step: predicate.clone(OPERATORS.ternary, [
            predicate,
            predicate.clone(OPERATORS.value, true),
            predicate.clone(OPERATORS.value, false)
          ])
        };
      }
    })
  );
  functionOverload(
    "list.exists_one(ast, ast): bool",
    createQuantifierExpander({
      name: "exists_one",
      errorsAreFatal: true,
      result(accu) {
        return accu === 1;
      },
      transform({ ast: callAst, predicate, opts }) {
        const accuValue = callAst.clone(OPERATORS.accuValue);
        return {
          init: callAst.clone(OPERATORS.value, 0),
          step: predicate.clone(OPERATORS.ternary, [predicate, callAst.clone(OPERATORS.accuInc), accuValue]),
          result: opts.result
        };
      }
    })
  );
  functionOverload("list.map(ast, ast): list<dyn>", createMapExpander(false));
  functionOverload("list.map(ast, ast, ast): list<dyn>", createMapExpander(true));
  functionOverload("list.filter(ast, ast): list<dyn>", createFilterExpander());
  class CelNamespace {
  }
  const celNamespace = new CelNamespace();
  registry.registerType("CelNamespace", CelNamespace);
  registry.registerConstant("cel", "CelNamespace", celNamespace);
  function bindTypeCheck(checker, m, ctx) {
    m.bindCtx = ctx.forkWithVariable(m.var, checker.check(m.val, ctx));
    const type = checker.check(m.exp, m.bindCtx);
    if (m.val.maybeAsync || m.exp.maybeAsync) return type;
    m.ast.setMeta("async", false);
    m.evaluate = bindEvaluateSync;
    return type;
  }
  function bindOptionalEvaluate(ev, exp, bindCtx, ctx, boundValue) {
    const res = ev.run(exp, ctx = bindCtx.reuse(ctx).setIterValue(boundValue, ev));
    if (res instanceof Promise && ctx === bindCtx) ctx.async = true;
    return res;
  }
  function bindEvaluate(ev, { val, exp, bindCtx }, ctx) {
    const v = ev.run(val, ctx);
    if (v instanceof Promise) return v.then((_v) => bindOptionalEvaluate(ev, exp, bindCtx, ctx, _v));
    return bindOptionalEvaluate(ev, exp, bindCtx, ctx, v);
  }
  function bindEvaluateSync(ev, { val, exp, bindCtx }, ctx) {
    return ev.run(exp, bindCtx.reuse(ctx).setIterValue(ev.run(val, ctx), ev));
  }
  functionOverload("CelNamespace.bind(ast, dyn, ast): dyn", ({ ast, args }) => {
    return {
      ast,
      var: assertIdentifier(args[0], "invalid variable argument"),
      val: args[1],
      exp: args[2],
      bindCtx: void 0,
      typeCheck: bindTypeCheck,
      evaluate: bindEvaluate
    };
  });
}

// node_modules/@marcbachmann/cel-js/lib/overloads.js
function registerOverloads(registry) {
  const unaryOverload = (op, t, h, ret) => registry.unaryOverload(op, t, h, ret, false);
  const binaryOverload = (l, op, r, h, ret) => registry.binaryOverload(l, op, r, h, ret, false);
  function verifyInteger(v, ast) {
    if (v <= MAX_INT && v >= MIN_INT) return v;
    throw evaluationError("numeric_overflow", `integer overflow: ${v}`, ast);
  }
  function throwDivisionByZero(ast) {
    throw evaluationError("division_by_zero", "division by zero", ast);
  }
  function throwModuloByZero(ast) {
    throw evaluationError("modulo_by_zero", "modulo by zero", ast);
  }
  unaryOverload("!", "bool", (a) => !a);
  unaryOverload("-", "int", (a) => -a);
  binaryOverload("dyn<int>", `==`, `double`, (a, b) => a == b);
  binaryOverload("dyn<int>", `==`, `uint`, (a, b) => a == b.valueOf());
  binaryOverload("int", "*", "int", (a, b, ast) => verifyInteger(a * b, ast));
  binaryOverload("int", "+", "int", (a, b, ast) => verifyInteger(a + b, ast));
  binaryOverload("int", "-", "int", (a, b, ast) => verifyInteger(a - b, ast));
  binaryOverload("int", "/", "int", (a, b, ast) => {
    if (b === MIN_UINT) return throwDivisionByZero(ast);
    return a / b;
  });
  binaryOverload("int", "%", "int", (a, b, ast) => {
    if (b === MIN_UINT) return throwModuloByZero(ast);
    return a % b;
  });
  unaryOverload("-", "double", (a) => -a);
  binaryOverload("double", "*", "double", (a, b) => a * b);
  binaryOverload("double", "+", "double", (a, b) => a + b);
  binaryOverload("double", "-", "double", (a, b) => a - b);
  binaryOverload("double", "/", "double", (a, b) => a / b);
  binaryOverload("string", "+", "string", (a, b) => a + b);
  binaryOverload("list<V>", "+", "list<V>", (a, b) => [...a, ...b]);
  binaryOverload("bytes", "+", "bytes", (a, b) => {
    if (!a.length) return b;
    if (!b.length) return a;
    const result = new Uint8Array(a.length + b.length);
    result.set(a, 0);
    result.set(b, a.length);
    return result;
  });
  const GPD = "google.protobuf.Duration";
  binaryOverload(GPD, "+", GPD, (a, b) => a.addDuration(b));
  binaryOverload(GPD, "-", GPD, (a, b) => a.subtractDuration(b));
  binaryOverload(GPD, "==", GPD, (a, b) => a.seconds === b.seconds && a.nanos === b.nanos);
  const GPT = "google.protobuf.Timestamp";
  binaryOverload(GPT, "==", GPT, (a, b) => a.getTime() === b.getTime());
  binaryOverload(GPT, "-", GPT, (a, b) => Duration.fromMilliseconds(a.getTime() - b.getTime()), GPD);
  binaryOverload(GPT, "-", GPD, (a, b) => b.subtractTimestamp(a));
  binaryOverload(GPT, "+", GPD, (a, b) => b.extendTimestamp(a));
  binaryOverload(GPD, "+", GPT, (a, b) => a.extendTimestamp(b));
  function listIncludes(value, list, ast, ev) {
    if (list instanceof Set && list.has(value)) return true;
    for (const v of list) if (isEqual(value, v, ast, ev)) return true;
    return false;
  }
  function mapIncludes(a, b) {
    if (b instanceof Map) return b.get(a) !== void 0;
    return hasOwn(b, a) ? b[a] !== void 0 : false;
  }
  function listMembership(value, list, ast, ev) {
    return listIncludes(value, list, ast, ev);
  }
  binaryOverload("V", "in", "list<V>", listMembership);
  binaryOverload("K", "in", "map<K, V>", mapIncludes);
  for (const t of ["type", "null", "bool", "string", "int", "double"]) {
    binaryOverload(t, "==", t, (a, b) => a === b);
  }
  binaryOverload("bytes", `==`, "bytes", (a, b) => {
    if (a === b) return true;
    let i = a.length;
    if (i !== b.length) return false;
    while (i--) if (a[i] !== b[i]) return false;
    return true;
  });
  binaryOverload("list<V>", `==`, "list<V>", (a, b, ast, ev) => {
    if (a === b) return true;
    if (isArray(a) && isArray(b)) {
      const length = a.length;
      if (length !== b.length) return false;
      for (let i = 0; i < length; i++) {
        if (!isEqual(a[i], b[i], ast, ev)) return false;
      }
      return true;
    }
    if (a instanceof Set && b instanceof Set) {
      if (a.size !== b.size) return false;
      for (const value of a) if (!b.has(value)) return false;
      return true;
    }
    const arr = a instanceof Set ? b : a;
    const set = a instanceof Set ? a : b;
    if (!isArray(arr)) return false;
    if (arr.length !== set?.size) return false;
    for (let i = 0; i < arr.length; i++) if (!set.has(arr[i])) return false;
    return true;
  });
  binaryOverload("map<K, V>", `==`, "map<K, V>", (a, b, ast, ev) => {
    if (a === b) return true;
    if (a instanceof Map && b instanceof Map) {
      if (a.size !== b.size) return false;
      for (const [key, value] of a)
        if (!(b.has(key) && isEqual(value, b.get(key), ast, ev))) return false;
      return true;
    }
    if (a instanceof Map || b instanceof Map) {
      const obj = a instanceof Map ? b : a;
      const map = a instanceof Map ? a : b;
      const keysObj = objKeys(obj);
      if (map.size !== keysObj.length) return false;
      for (const [key, value] of map) {
        if (!(key in obj && isEqual(value, obj[key], ast, ev))) return false;
      }
      return true;
    }
    const keysA = objKeys(a);
    const keysB = objKeys(b);
    if (keysA.length !== keysB.length) return false;
    for (let i = 0; i < keysA.length; i++) {
      const key = keysA[i];
      if (!(key in b && isEqual(a[key], b[key], ast, ev))) return false;
    }
    return true;
  });
  binaryOverload("uint", "==", "uint", (a, b) => a.valueOf() === b.valueOf());
  binaryOverload("dyn<uint>", `==`, `double`, (a, b) => a.valueOf() == b);
  binaryOverload("uint", "+", "uint", (a, b) => new UnsignedInt(a.valueOf() + b.valueOf()));
  binaryOverload("uint", "-", "uint", (a, b) => new UnsignedInt(a.valueOf() - b.valueOf()));
  binaryOverload("uint", "*", "uint", (a, b) => new UnsignedInt(a.valueOf() * b.valueOf()));
  binaryOverload("uint", "/", "uint", (a, b, ast) => {
    if (b.valueOf() === MIN_UINT) return throwDivisionByZero(ast);
    return new UnsignedInt(a.valueOf() / b.valueOf());
  });
  binaryOverload("uint", "%", "uint", (a, b, ast) => {
    if (b.valueOf() === MIN_UINT) return throwModuloByZero(ast);
    return new UnsignedInt(a.valueOf() % b.valueOf());
  });
  for (const [left, right] of [
    ["bool", "bool"],
    ["int", "int"],
    ["uint", "uint"],
    ["double", "double"],
    ["string", "string"],
    ["google.protobuf.Timestamp", "google.protobuf.Timestamp"],
    ["google.protobuf.Duration", "google.protobuf.Duration"],
    ["int", "uint"],
    ["int", "double"],
    ["double", "int"],
    ["double", "uint"],
    ["uint", "int"],
    ["uint", "double"]
  ]) {
    binaryOverload(left, "<", right, (a, b) => a < b);
    binaryOverload(left, "<=", right, (a, b) => a <= b);
    binaryOverload(left, ">", right, (a, b) => a > b);
    binaryOverload(left, ">=", right, (a, b) => a >= b);
  }
}
function isEqual(a, b, ast, ev) {
  if (a === b) return true;
  switch (typeof a) {
    case "undefined":
    case "string":
    case "boolean":
      return false;
    case "bigint":
      if (typeof b === "number") return a == b;
      return false;
    case "number":
      if (typeof b === "bigint") return a == b;
      return false;
    case "object":
      if (typeof b !== "object") return false;
      const leftType = ev.debugType(a);
      const rightType = ev.debugType(b);
      if (leftType !== rightType) return false;
      const overload = ev.registry.findBinaryOverload("==", leftType, rightType);
      if (!overload) return false;
      return overload.handler(a, b, ast, ev);
  }
  throw evaluationError("invalid_comparison_type", `Cannot compare values of type ${typeof a}`, ast);
}

// node_modules/@marcbachmann/cel-js/lib/type-checker.js
var toDynTypeBinding = (/* @__PURE__ */ new Map()).set("A", "dyn").set("T", "dyn").set("K", "dyn").set("V", "dyn");
var TypeChecker = class extends Base {
  constructor(opts, isEvaluating) {
    super(opts);
    this.createError = isEvaluating ? evaluationError : typeError;
  }
  /**
   * Check an expression and return its inferred type
   * @param {Array|any} ast - The AST node to check
   * @returns {Object} The inferred type declaration
   * @throws {TypeError} If type checking fails
   */
  check(ast, ctx) {
    try {
      return ast.checkedType ??= ast.check(this, ast, ctx);
    } catch (error) {
      throw attachErrorAst(error, ast);
    }
  }
  checkAccessOnType(ast, ctx, leftType, allowMissingField = false) {
    if (leftType === this.dynType) return leftType;
    const indexTypeName = (ast.op === "[]" || ast.op === "[?]" ? this.check(ast.args[1], ctx) : this.stringType).type;
    if (leftType.kind === "list") {
      if (indexTypeName === "int" || indexTypeName === "dyn") return leftType.valueType;
      throw this.createError("invalid_index_type", `List index must be int, got '${indexTypeName}'`, ast);
    }
    if (leftType.kind === "map") return leftType.valueType;
    const customType = this.objectTypes.get(leftType.name);
    if (customType) {
      if (!(indexTypeName === "string" || indexTypeName === "dyn")) {
        throw this.createError(
          "invalid_index_type",
          `Cannot index type '${leftType.name}' with type '${indexTypeName}'`,
          ast
        );
      }
      if (customType.fields) {
        let keyName;
        if (ast.op === "." || ast.op === ".?") keyName = ast.args[1];
        else if (ast.args[1].op === "value") keyName = ast.args[1].args;
        if (typeof keyName === "string") {
          const fieldType = customType.fields[keyName];
          if (fieldType) return fieldType;
          if (allowMissingField) return this.dynType;
          throw this.createError("no_such_key", `No such key: ${keyName}`, ast);
        }
      }
      return this.dynType;
    }
    throw this.createError("cannot_index_type", `Cannot index type '${this.formatType(leftType)}'`, ast);
  }
  formatType(type) {
    if (!type.hasPlaceholderType) return type.name;
    return type.templated(this.registry, toDynTypeBinding).name;
  }
  formatTypeList(types) {
    return types.map((t) => this.formatType(t)).join(", ");
  }
};

// node_modules/@marcbachmann/cel-js/lib/parser.js
var TOKEN = {
  EOF: 0,
  NUMBER: 1,
  STRING: 2,
  BOOLEAN: 3,
  NULL: 4,
  IDENTIFIER: 5,
  PLUS: 6,
  MINUS: 7,
  MULTIPLY: 8,
  DIVIDE: 9,
  MODULO: 10,
  EQ: 11,
  NE: 12,
  LT: 13,
  LE: 14,
  GT: 15,
  GE: 16,
  AND: 17,
  OR: 18,
  NOT: 19,
  IN: 20,
  LPAREN: 21,
  RPAREN: 22,
  LBRACKET: 23,
  RBRACKET: 24,
  LBRACE: 25,
  RBRACE: 26,
  DOT: 27,
  COMMA: 28,
  COLON: 29,
  QUESTION: 30,
  BYTES: 31
};
var OP_FOR_TOKEN = {
  [TOKEN.EQ]: OPERATORS["=="],
  [TOKEN.PLUS]: OPERATORS["+"],
  [TOKEN.MINUS]: OPERATORS["-"],
  [TOKEN.MULTIPLY]: OPERATORS["*"],
  [TOKEN.DIVIDE]: OPERATORS["/"],
  [TOKEN.MODULO]: OPERATORS["%"],
  [TOKEN.LE]: OPERATORS["<="],
  [TOKEN.LT]: OPERATORS["<"],
  [TOKEN.GE]: OPERATORS[">="],
  [TOKEN.GT]: OPERATORS[">"],
  [TOKEN.NE]: OPERATORS["!="],
  [TOKEN.IN]: OPERATORS["in"]
};
var TOKEN_BY_NUMBER = {};
for (const key in TOKEN) TOKEN_BY_NUMBER[TOKEN[key]] = key;
var HEX_CODES = new Uint8Array(128);
for (const ch of "0123456789abcdefABCDEF") HEX_CODES[ch.charCodeAt(0)] = 1;
var ESCAPE_ERRORS = {
  bytes_unicode_escape: (e) => `\\${e} not allowed in bytes literals`,
  invalid_unicode_escape: (e) => `Invalid Unicode escape: \\${e}`,
  invalid_unicode_surrogate: (e) => `Invalid Unicode surrogate: \\${e}`,
  invalid_hex_escape: (e) => `Invalid hex escape: \\${e}`,
  invalid_octal_escape: () => "Octal escape must be 3 digits",
  octal_escape_out_of_range: (e) => `Octal escape out of range: \\${e}`,
  invalid_escape_sequence: (e) => `Invalid escape sequence: \\${e}`
};
var STRING_ESCAPES = {
  "\\": "\\",
  "?": "?",
  '"': '"',
  "'": "'",
  "`": "`",
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v"
};
var ASTNode = class _ASTNode {
  #meta;
  #input;
  constructor(input, pos, start, end, op, args) {
    this.#meta = { check: op.check, evaluate: op.evaluate };
    this.#input = input;
    this.op = op.name;
    this.args = args;
    this.pos = pos;
    this.start = start;
    this.end = end;
  }
  clone(op, args) {
    return new _ASTNode(this.#input, this.pos, this.start, this.end, op, args);
  }
  get meta() {
    return this.#meta;
  }
  get input() {
    return this.#input;
  }
  #computeIsAsync() {
    const ast = this.#meta.alternate ?? this;
    switch (ast.op) {
      case "value":
      case "id":
      case "accuValue":
      case "accuInc":
        return false;
      case "accuPush":
        return ast.args.maybeAsync;
      case "!_":
      case "-_":
        if (ast.candidates?.async !== false) return true;
        return ast.args.maybeAsync;
      case "!=":
      case "==":
      case "in":
      case "+":
      case "-":
      case "*":
      case "/":
      case "%":
      case "<":
      case "<=":
      case ">":
      case ">=":
        if (ast.candidates?.async !== false) return true;
        return ast.args.some((a) => a.maybeAsync);
      case "call":
      case "rcall":
        if (ast.candidates?.async !== false) return true;
        return (ast.receiverWithArgs || ast.args[1]).some((a) => a.maybeAsync);
      case "comprehension":
        return ast.args.iterable.maybeAsync || ast.args.step.maybeAsync;
      case ".":
      case ".?":
        return ast.args[0].maybeAsync;
      case "?:":
      case "list":
      case "[]":
      case "[?]":
        return ast.args.some((a) => a.maybeAsync);
      case "||":
      case "&&":
        return ast.args.some((a) => a.maybeAsync);
      case "map":
        return ast.args.some((a) => a[0].maybeAsync || a[1].maybeAsync);
      default:
        return true;
    }
  }
  /**
   * Check whether we can optimize away async calling
   * If no ast members includes a function, we can optimize the call
   * for which we want to return true here.
   * @returns {boolean}
   */
  get maybeAsync() {
    return this.#meta.async ??= this.#computeIsAsync();
  }
  check(chk, ast, ctx) {
    const meta = this.#meta;
    if (meta.alternate) return chk.check(meta.alternate, ctx);
    else if (meta.macro) return meta.macro.typeCheck(chk, meta.macro, ctx);
    return meta.check(chk, ast, ctx);
  }
  evaluate(ev, ast, ctx) {
    const meta = this.#meta;
    if (meta.alternate) this.evaluate = this.#evaluateAlternate;
    else if (meta.macro) this.evaluate = this.#evaluateMacro;
    else this.evaluate = meta.evaluate;
    return this.evaluate(ev, ast, ctx);
  }
  #evaluateAlternate(ev, ast, ctx) {
    return (ast = this.#meta.alternate).evaluate(ev, ast, ctx);
  }
  #evaluateMacro(ev, ast, ctx) {
    return (ast = this.#meta.macro).evaluate(ev, ast, ctx);
  }
  setMeta(key, value) {
    return this.#meta[key] = value, this;
  }
  get range() {
    return { start: this.start, end: this.end };
  }
  toOldStructure() {
    const args = Array.isArray(this.args) ? this.args : [this.args];
    return [this.op, ...args.map((a) => a instanceof _ASTNode ? a.toOldStructure() : a)];
  }
};
var Lexer = class {
  input;
  pos;
  length;
  tokenPos;
  tokenType;
  tokenValue;
  reset(input) {
    this.pos = 0;
    this.input = input;
    this.length = input.length;
    return input;
  }
  token(pos, type, value) {
    this.tokenPos = pos;
    this.tokenType = type;
    this.tokenValue = value;
    return this;
  }
  // Read next token
  nextToken() {
    while (true) {
      const { pos, input, length } = this;
      if (pos >= length) return this.token(pos, TOKEN.EOF);
      const ch = input[pos];
      switch (ch) {
        // Whitespaces
        case " ":
        case "	":
        case "\n":
        case "\r":
          this.pos++;
          continue;
        // Operators
        case "=":
          if (input[pos + 1] !== "=") break;
          return this.token((this.pos += 2) - 2, TOKEN.EQ);
        case "&":
          if (input[pos + 1] !== "&") break;
          return this.token((this.pos += 2) - 2, TOKEN.AND);
        case "|":
          if (input[pos + 1] !== "|") break;
          return this.token((this.pos += 2) - 2, TOKEN.OR);
        case "+":
          return this.token(this.pos++, TOKEN.PLUS);
        case "-":
          return this.token(this.pos++, TOKEN.MINUS);
        case "*":
          return this.token(this.pos++, TOKEN.MULTIPLY);
        case "/":
          if (input[pos + 1] === "/") {
            while (this.pos < length && this.input[this.pos] !== "\n") this.pos++;
            continue;
          }
          return this.token(this.pos++, TOKEN.DIVIDE);
        case "%":
          return this.token(this.pos++, TOKEN.MODULO);
        case "<":
          if (input[pos + 1] === "=") return this.token((this.pos += 2) - 2, TOKEN.LE);
          return this.token(this.pos++, TOKEN.LT);
        case ">":
          if (input[pos + 1] === "=") return this.token((this.pos += 2) - 2, TOKEN.GE);
          return this.token(this.pos++, TOKEN.GT);
        case "!":
          if (input[pos + 1] === "=") return this.token((this.pos += 2) - 2, TOKEN.NE);
          return this.token(this.pos++, TOKEN.NOT);
        case "(":
          return this.token(this.pos++, TOKEN.LPAREN);
        case ")":
          return this.token(this.pos++, TOKEN.RPAREN);
        case "[":
          return this.token(this.pos++, TOKEN.LBRACKET);
        case "]":
          return this.token(this.pos++, TOKEN.RBRACKET);
        case "{":
          return this.token(this.pos++, TOKEN.LBRACE);
        case "}":
          return this.token(this.pos++, TOKEN.RBRACE);
        case ".":
          return this.token(this.pos++, TOKEN.DOT);
        case ",":
          return this.token(this.pos++, TOKEN.COMMA);
        case ":":
          return this.token(this.pos++, TOKEN.COLON);
        case "?":
          return this.token(this.pos++, TOKEN.QUESTION);
        case `"`:
        case `'`:
          return this.readString(ch);
        // Check for string prefixes (b, B, r, R followed by quote)
        case "b":
        case "B":
        case "r":
        case "R": {
          const next = input[pos + 1];
          if (next === '"' || next === "'") return ++this.pos && this.readString(next, ch);
          return this.readIdentifier();
        }
        default: {
          const code = ch.charCodeAt(0);
          if (code <= 57 && code >= 48) return this.readNumber();
          if (this._isIdentifierCharCode(code)) return this.readIdentifier();
        }
      }
      throw parseError("unexpected_character", `Unexpected character: ${ch}`, {
        pos,
        start: pos,
        end: pos + 1,
        input
      });
    }
  }
  // Characters: 0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_
  _isIdentifierCharCode(c) {
    if (c < 48 || c > 122) return false;
    return c >= 97 || c >= 65 && c <= 90 || c <= 57 || c === 95;
  }
  _parseAsDouble(start, end) {
    const value = Number(this.input.substring(start, end));
    if (Number.isFinite(value)) return this.token(start, TOKEN.NUMBER, value);
    throw parseError("invalid_number", `Invalid number: ${value}`, {
      pos: start,
      start,
      end,
      input: this.input
    });
  }
  _parseAsBigInt(start, end, isHex, unsigned) {
    const string = this.input.substring(start, end);
    if (unsigned === "u" || unsigned === "U") {
      this.pos++;
      try {
        return this.token(start, TOKEN.NUMBER, new UnsignedInt(string));
      } catch (_err) {
      }
    } else {
      try {
        return this.token(start, TOKEN.NUMBER, BigInt(string));
      } catch (_err) {
      }
    }
    throw parseError(
      isHex ? "invalid_hex_integer" : "invalid_integer",
      isHex ? `Invalid hex integer: ${string}` : `Invalid integer: ${string}`,
      { pos: start, start, end: this.pos, input: this.input }
    );
  }
  _readDigits(input, length, pos, code) {
    while (pos < length && (code = input.charCodeAt(pos)) && !(code > 57 || code < 48)) pos++;
    return pos;
  }
  _readExponent(input, length, pos) {
    let ch = pos < length && input[pos];
    if (ch === "e" || ch === "E") {
      ch = ++pos < length && input[pos];
      if (ch === "-" || ch === "+") pos++;
      const start = pos;
      pos = this._readDigits(input, length, pos);
      if (start === pos)
        throw parseError("invalid_exponent", "Invalid exponent", {
          pos,
          start: pos,
          end: Math.min(pos + 1, input.length),
          input
        });
    }
    return pos;
  }
  readNumber() {
    const { input, length, pos: start } = this;
    let pos = start;
    if (input[pos] === "0" && (input[pos + 1] === "x" || input[pos + 1] === "X")) {
      pos += 2;
      while (pos < length && HEX_CODES[input[pos].charCodeAt(0)]) pos++;
      return this._parseAsBigInt(start, this.pos = pos, true, input[pos]);
    }
    pos = this._readDigits(input, length, pos);
    if (pos + 1 < length) {
      let isDouble = false;
      let afterpos = input[pos] === "." ? this._readDigits(input, length, pos + 1) : pos + 1;
      if (afterpos !== pos + 1) (isDouble = true) && (pos = afterpos);
      afterpos = this._readExponent(input, length, pos);
      if (afterpos !== pos) (isDouble = true) && (pos = afterpos);
      if (isDouble) return this._parseAsDouble(start, this.pos = pos);
    }
    return this._parseAsBigInt(start, this.pos = pos, false, input[pos]);
  }
  readString(del, prefix) {
    const { input: i, pos: s } = this;
    if (i[s + 1] === del && i[s + 2] === del) return this.readTripleQuotedString(del, prefix);
    return this.readSingleQuotedString(del, prefix);
  }
  _closeQuotedString(rawStart, rawValue, prefix, pos) {
    switch (prefix) {
      case "b":
      case "B": {
        const processed = this.processEscapes(rawStart, rawValue, true);
        const bytes = new Uint8Array(processed.length);
        for (let i = 0; i < processed.length; i++) bytes[i] = processed.charCodeAt(i) & 255;
        return this.token(pos - 1, TOKEN.BYTES, bytes);
      }
      case "r":
      case "R": {
        return this.token(pos - 1, TOKEN.STRING, rawValue);
      }
      default: {
        const value = this.processEscapes(rawStart, rawValue, false);
        return this.token(pos, TOKEN.STRING, value);
      }
    }
  }
  readSingleQuotedString(delimiter, prefix) {
    const { input, length, pos: start } = this;
    let ch;
    let pos = this.pos + 1;
    while (pos < length && (ch = input[pos])) {
      switch (ch) {
        case delimiter:
          const rawStart = start + 1;
          const rawValue = input.slice(rawStart, pos);
          this.pos = ++pos;
          return this._closeQuotedString(rawStart, rawValue, prefix, start);
        case "\n":
        case "\r":
          throw parseError("newline_in_string", "Newlines not allowed in single-quoted strings", {
            pos,
            start: pos,
            end: pos + 1,
            input
          });
        case "\\":
          pos++;
      }
      pos++;
    }
    throw parseError("unterminated_string", "Unterminated string", {
      pos: start,
      start,
      end: input.length,
      input
    });
  }
  readTripleQuotedString(delimiter, prefix) {
    const { input, length, pos: start } = this;
    let ch;
    let pos = this.pos + 3;
    while (pos < length && (ch = input[pos])) {
      switch (ch) {
        case delimiter:
          if (input[pos + 1] === delimiter && input[pos + 2] === delimiter) {
            const rawStart = start + 3;
            const rawValue = input.slice(rawStart, pos);
            this.pos = pos + 3;
            return this._closeQuotedString(rawStart, rawValue, prefix, start);
          }
          break;
        case "\\":
          pos++;
      }
      pos++;
    }
    throw parseError("unterminated_triple_quoted_string", "Unterminated triple-quoted string", {
      pos: start,
      start,
      end: input.length,
      input
    });
  }
  #escapeErr(code, offset, len, i, chars, extra) {
    const start = offset + i;
    return parseError(code, ESCAPE_ERRORS[code](extra), {
      input: this.input,
      pos: start,
      start,
      end: Math.min(start + chars, offset + len)
    });
  }
  processEscapes(offset, str, isBytes) {
    if (!str.includes("\\")) return str;
    const len = str.length;
    let result = "";
    let i = 0;
    while (i < len) {
      if (str[i] !== "\\" || i + 1 >= len) {
        result += str[i++];
        continue;
      }
      const next = str[i + 1];
      if (STRING_ESCAPES[next]) {
        result += STRING_ESCAPES[next];
        i += 2;
      } else if (next === "u" || next === "U") {
        if (isBytes) throw this.#escapeErr("bytes_unicode_escape", offset, len, i, 2, next);
        const hexLen = next === "u" ? 4 : 8;
        const hex = str.substring(i + 2, i + 2 + hexLen);
        const c = Number.parseInt(hex, 16);
        if (hex.length !== hexLen || !/^[0-9a-fA-F]+$/.test(hex) || c > 1114111)
          throw this.#escapeErr("invalid_unicode_escape", offset, len, i, 2 + hexLen, next + hex);
        if (c >= 55296 && c <= 57343)
          throw this.#escapeErr("invalid_unicode_surrogate", offset, len, i, 2 + hexLen, next + hex);
        result += String.fromCodePoint(c);
        i += 2 + hexLen;
      } else if (next === "x" || next === "X") {
        const h = str.substring(i + 2, i + 4);
        if (!/^[0-9a-fA-F]{2}$/.test(h))
          throw this.#escapeErr("invalid_hex_escape", offset, len, i, 4, next + h);
        result += String.fromCharCode(Number.parseInt(h, 16));
        i += 4;
      } else if (next >= "0" && next <= "7") {
        const o = str.substring(i + 1, i + 4);
        if (!/^[0-7]{3}$/.test(o)) throw this.#escapeErr("invalid_octal_escape", offset, len, i, 4);
        const value = Number.parseInt(o, 8);
        if (value > 255) throw this.#escapeErr("octal_escape_out_of_range", offset, len, i, 4, o);
        result += String.fromCharCode(value);
        i += 4;
      } else {
        throw this.#escapeErr("invalid_escape_sequence", offset, len, i, 2, next);
      }
    }
    return result;
  }
  readIdentifier() {
    const { pos, input, length } = this;
    let p = pos;
    while (p < length && this._isIdentifierCharCode(input[p].charCodeAt(0))) p++;
    const value = input.substring(pos, this.pos = p);
    switch (value) {
      case "true":
        return this.token(pos, TOKEN.BOOLEAN, true);
      case "false":
        return this.token(pos, TOKEN.BOOLEAN, false);
      case "null":
        return this.token(pos, TOKEN.NULL, null);
      case "in":
        return this.token(pos, TOKEN.IN);
      default:
        return this.token(pos, TOKEN.IDENTIFIER, value);
    }
  }
};
var globalLexer = new Lexer();
var Parser = class {
  lexer = globalLexer;
  input = null;
  maxDepthRemaining = null;
  astNodesRemaining = null;
  type = null;
  pos = null;
  constructor(limits, registry) {
    this.limits = limits;
    this.registry = registry;
  }
  #limitExceeded(limitKey, pos = this.pos) {
    throw parseError("limit_exceeded", `Exceeded ${limitKey} (${this.limits[limitKey]})`, {
      pos,
      start: pos,
      end: pos,
      input: this.input
    });
  }
  #node(start, end, op, args, pos = start) {
    const node = new ASTNode(this.input, pos, start, end, op, args);
    if (!this.astNodesRemaining--) this.#limitExceeded("maxAstNodes", pos);
    return node;
  }
  #infixNode(op, left, right) {
    return this.#node(left.start, right.end, op, [left, right]);
  }
  #ternaryNode(expression, consequent, alternate) {
    return this.#node(expression.start, alternate.end, OPERATORS.ternary, [
      expression,
      consequent,
      alternate
    ]);
  }
  #unaryNode(pos, op, arg) {
    return this.#node(pos, arg.end, op, arg);
  }
  #accessNode(op, left, right, end, pos = left.start) {
    return this.#node(left.start, end, op, [left, right], pos);
  }
  #advanceToken(returnValue = this.pos) {
    const l = this.lexer.nextToken();
    this.pos = l.tokenPos;
    this.type = l.tokenType;
    return returnValue;
  }
  // The value of the current token is accessed less regularly,
  // so we use a getter to reduce assignment overhead
  get value() {
    return this.lexer.tokenValue;
  }
  consume(expectedType) {
    if (this.type === expectedType) return this.#advanceToken();
    throw parseError(
      "expected_token",
      `Expected ${TOKEN_BY_NUMBER[expectedType]}, got ${TOKEN_BY_NUMBER[this.type]}`,
      { pos: this.pos, start: this.pos, end: this.lexer.pos, input: this.input }
    );
  }
  match(type) {
    return this.type === type;
  }
  // Parse entry point
  parse(input) {
    if (typeof input !== "string") {
      throw parseError("expression_must_be_string", "Expression must be a string");
    }
    this.input = this.lexer.reset(input);
    this.#advanceToken();
    this.maxDepthRemaining = this.limits.maxDepth;
    this.astNodesRemaining = this.limits.maxAstNodes;
    const result = this.parseExpression();
    if (this.match(TOKEN.EOF)) return result;
    throw parseError(
      "unexpected_character",
      `Unexpected character: '${this.input[this.lexer.pos - 1]}'`,
      {
        pos: this.pos,
        start: this.pos,
        end: this.lexer.pos,
        input: this.input
      }
    );
  }
  #expandMacro(start, end, op, args) {
    const methodName = args[0];
    const receiver = op === OPERATORS.rcall ? args[1] : null;
    const fnArgs = op === OPERATORS.rcall ? args[2] : args[1];
    const decl = this.registry.findMacro(methodName, !!receiver, fnArgs.length);
    const ast = this.#node(start, end, op, args);
    if (!decl) return ast;
    const macro = decl.handler({ ast, args: fnArgs, receiver, methodName, parser: this });
    if (macro.callAst) return ast.setMeta("alternate", macro.callAst);
    return ast.setMeta("macro", macro).setMeta("async", isAsync(macro.evaluate, macro.async));
  }
  // Expression ::= LogicalOr ('?' Expression ':' Expression)?
  parseExpression() {
    if (!this.maxDepthRemaining--) this.#limitExceeded("maxDepth");
    const expr = this.parseLogicalOr();
    if (!this.match(TOKEN.QUESTION)) return ++this.maxDepthRemaining && expr;
    this.#advanceToken();
    const consequent = this.parseExpression();
    this.consume(TOKEN.COLON);
    const alternate = this.parseExpression();
    this.maxDepthRemaining++;
    return this.#ternaryNode(expr, consequent, alternate);
  }
  // LogicalOr ::= LogicalAnd ('||' LogicalAnd)*
  parseLogicalOr() {
    let expr = this.parseLogicalAnd();
    while (this.match(TOKEN.OR)) {
      this.#advanceToken();
      expr = this.#infixNode(OPERATORS["||"], expr, this.parseLogicalAnd());
    }
    return expr;
  }
  // LogicalAnd ::= Equality ('&&' Equality)*
  parseLogicalAnd() {
    let expr = this.parseEquality();
    while (this.match(TOKEN.AND)) {
      this.#advanceToken();
      expr = this.#infixNode(OPERATORS["&&"], expr, this.parseEquality());
    }
    return expr;
  }
  // Equality ::= Relational (('==' | '!=') Relational)*
  parseEquality() {
    let expr = this.parseRelational();
    while (this.match(TOKEN.EQ) || this.match(TOKEN.NE)) {
      const op = OP_FOR_TOKEN[this.type];
      this.#advanceToken();
      expr = this.#infixNode(op, expr, this.parseRelational());
    }
    return expr;
  }
  // Relational ::= Additive (('<' | '<=' | '>' | '>=' | 'in') Additive)*
  parseRelational() {
    let expr = this.parseAdditive();
    while (this.match(TOKEN.LT) || this.match(TOKEN.LE) || this.match(TOKEN.GT) || this.match(TOKEN.GE) || this.match(TOKEN.IN)) {
      const op = OP_FOR_TOKEN[this.type];
      this.#advanceToken();
      expr = this.#infixNode(op, expr, this.parseAdditive());
    }
    return expr;
  }
  // Additive ::= Multiplicative (('+' | '-') Multiplicative)*
  parseAdditive() {
    let expr = this.parseMultiplicative();
    while (this.match(TOKEN.PLUS) || this.match(TOKEN.MINUS)) {
      const op = OP_FOR_TOKEN[this.type];
      this.#advanceToken();
      expr = this.#infixNode(op, expr, this.parseMultiplicative());
    }
    return expr;
  }
  // Multiplicative ::= Unary (('*' | '/' | '%') Unary)*
  parseMultiplicative() {
    let expr = this.parseUnary();
    while (this.match(TOKEN.MULTIPLY) || this.match(TOKEN.DIVIDE) || this.match(TOKEN.MODULO)) {
      const op = OP_FOR_TOKEN[this.type];
      this.#advanceToken();
      expr = this.#infixNode(op, expr, this.parseUnary());
    }
    return expr;
  }
  // Unary ::= ('!' | '-')* Postfix
  parseUnary() {
    if (this.type === TOKEN.NOT) {
      return this.#unaryNode(this.#advanceToken(), OPERATORS.unaryNot, this.parseUnary());
    }
    if (this.type === TOKEN.MINUS) {
      return this.#unaryNode(this.#advanceToken(), OPERATORS.unaryMinus, this.parseUnary());
    }
    return this.parsePostfix();
  }
  // Postfix ::= Primary (('.' IDENTIFIER ('(' ArgumentList ')')? | '[' Expression ']'))*
  parsePostfix() {
    let expr = this.parsePrimary();
    const depth = this.maxDepthRemaining;
    while (true) {
      if (this.match(TOKEN.DOT)) {
        const dot = this.#advanceToken();
        if (!this.maxDepthRemaining--) this.#limitExceeded("maxDepth", dot);
        const op = this.match(TOKEN.QUESTION) && this.registry.enableOptionalTypes && this.#advanceToken() ? OPERATORS.optionalFieldAccess : OPERATORS.fieldAccess;
        const propertyValue = this.value;
        const start = this.pos;
        const end = this.lexer.pos;
        this.consume(TOKEN.IDENTIFIER);
        if (op === OPERATORS.fieldAccess && this.match(TOKEN.LPAREN) && this.#advanceToken()) {
          const args = this.parseArgumentList();
          const closeEnd = this.lexer.pos;
          this.consume(TOKEN.RPAREN);
          expr = this.#expandMacro(expr.start, closeEnd, OPERATORS.rcall, [propertyValue, expr, args]);
        } else {
          expr = this.#accessNode(op, expr, propertyValue, end, start);
        }
        continue;
      }
      if (this.match(TOKEN.LBRACKET)) {
        const bracket = this.#advanceToken();
        if (!this.maxDepthRemaining--) this.#limitExceeded("maxDepth", bracket);
        const op = this.match(TOKEN.QUESTION) && this.registry.enableOptionalTypes && this.#advanceToken() ? OPERATORS.optionalBracketAccess : OPERATORS.bracketAccess;
        const index = this.parseExpression();
        const closeEnd = this.lexer.pos;
        this.consume(TOKEN.RBRACKET);
        expr = this.#accessNode(op, expr, index, closeEnd);
        continue;
      }
      break;
    }
    this.maxDepthRemaining = depth;
    return expr;
  }
  // Primary ::= NUMBER | STRING | BOOLEAN | NULL | IDENTIFIER | '(' Expression ')' | Array | Object
  parsePrimary() {
    switch (this.type) {
      case TOKEN.NUMBER:
      case TOKEN.STRING:
      case TOKEN.BYTES:
      case TOKEN.BOOLEAN:
      case TOKEN.NULL:
        return this.#consumeLiteral();
      case TOKEN.IDENTIFIER:
        return this.#parseIdentifierPrimary();
      case TOKEN.LPAREN:
        return this.#parseParenthesizedExpression();
      case TOKEN.LBRACKET:
        return this.parseList();
      case TOKEN.LBRACE:
        return this.parseMap();
    }
    throw parseError("unexpected_token", `Unexpected token: ${TOKEN_BY_NUMBER[this.type]}`, {
      pos: this.pos,
      start: this.pos,
      end: this.lexer.pos,
      input: this.input
    });
  }
  #consumeLiteral() {
    return this.#advanceToken(this.#node(this.pos, this.lexer.pos, OPERATORS.value, this.value));
  }
  #parseIdentifierPrimary() {
    const value = this.value;
    const end = this.lexer.pos;
    const start = this.consume(TOKEN.IDENTIFIER);
    if (RESERVED.has(value)) {
      throw parseError("reserved_identifier", `Reserved identifier: ${value}`, {
        pos: start,
        start,
        end,
        input: this.input
      });
    }
    if (!this.match(TOKEN.LPAREN)) return this.#node(start, end, OPERATORS.id, value);
    this.#advanceToken();
    const args = this.parseArgumentList();
    const closeEnd = this.lexer.pos;
    this.consume(TOKEN.RPAREN);
    return this.#expandMacro(start, closeEnd, OPERATORS.call, [value, args]);
  }
  #parseParenthesizedExpression() {
    this.consume(TOKEN.LPAREN);
    const expr = this.parseExpression();
    this.consume(TOKEN.RPAREN);
    return expr;
  }
  parseList() {
    const start = this.consume(TOKEN.LBRACKET);
    const elements = [];
    let remainingElements = this.limits.maxListElements;
    if (!this.match(TOKEN.RBRACKET)) {
      elements.push(this.parseExpression());
      if (!remainingElements--) this.#limitExceeded("maxListElements", elements.at(-1).pos);
      while (this.match(TOKEN.COMMA)) {
        this.#advanceToken();
        if (this.match(TOKEN.RBRACKET)) break;
        elements.push(this.parseExpression());
        if (!remainingElements--) this.#limitExceeded("maxListElements", elements.at(-1).pos);
      }
    }
    const closeEnd = this.lexer.pos;
    this.consume(TOKEN.RBRACKET);
    return this.#node(start, closeEnd, OPERATORS.list, elements);
  }
  parseMap() {
    const start = this.consume(TOKEN.LBRACE);
    const props = [];
    let remainingEntries = this.limits.maxMapEntries;
    if (!this.match(TOKEN.RBRACE)) {
      props.push(this.parseProperty());
      if (!remainingEntries--) this.#limitExceeded("maxMapEntries", props.at(-1)[0].pos);
      while (this.match(TOKEN.COMMA)) {
        this.#advanceToken();
        if (this.match(TOKEN.RBRACE)) break;
        props.push(this.parseProperty());
        if (!remainingEntries--) this.#limitExceeded("maxMapEntries", props.at(-1)[0].pos);
      }
    }
    const closeEnd = this.lexer.pos;
    this.consume(TOKEN.RBRACE);
    return this.#node(start, closeEnd, OPERATORS.map, props);
  }
  parseProperty() {
    return [this.parseExpression(), (this.consume(TOKEN.COLON), this.parseExpression())];
  }
  parseArgumentList() {
    const args = [];
    let remainingArgs = this.limits.maxCallArguments;
    if (!this.match(TOKEN.RPAREN)) {
      args.push(this.parseExpression());
      if (!remainingArgs--) this.#limitExceeded("maxCallArguments", args.at(-1).pos);
      while (this.match(TOKEN.COMMA)) {
        this.#advanceToken();
        if (this.match(TOKEN.RPAREN)) break;
        args.push(this.parseExpression());
        if (!remainingArgs--) this.#limitExceeded("maxCallArguments", args.at(-1).pos);
      }
    }
    return args;
  }
};

// node_modules/@marcbachmann/cel-js/lib/options.js
var DEFAULT_LIMITS = objFreeze({
  maxAstNodes: 1e5,
  maxDepth: 250,
  maxListElements: 1e3,
  maxMapEntries: 1e3,
  maxCallArguments: 32
});
var LIMIT_KEYS = new Set(objKeys(DEFAULT_LIMITS));
function createLimits(overrides, base = DEFAULT_LIMITS) {
  const keys = overrides ? objKeys(overrides) : void 0;
  if (!keys?.length) return base;
  const merged = { ...base };
  for (const key of keys) {
    if (!LIMIT_KEYS.has(key)) throw new TypeError(`Unknown limits option: ${key}`);
    const value = overrides[key];
    if (typeof value !== "number") continue;
    merged[key] = value;
  }
  return objFreeze(merged);
}
var DEFAULT_OPTIONS = objFreeze({
  unlistedVariablesAreDyn: false,
  homogeneousAggregateLiterals: true,
  enableOptionalTypes: false,
  limits: DEFAULT_LIMITS
});
function bool(a, b, key) {
  const value = a?.[key] ?? b?.[key];
  if (typeof value !== "boolean") throw new TypeError(`Invalid option: ${key}`);
  return value;
}
function createOptions(opts, base = DEFAULT_OPTIONS) {
  if (!opts) return base;
  return objFreeze({
    unlistedVariablesAreDyn: bool(opts, base, "unlistedVariablesAreDyn"),
    homogeneousAggregateLiterals: bool(opts, base, "homogeneousAggregateLiterals"),
    enableOptionalTypes: bool(opts, base, "enableOptionalTypes"),
    limits: createLimits(opts.limits, base.limits)
  });
}

// node_modules/@marcbachmann/cel-js/lib/evaluator.js
var globalRegistry = createRegistry({ enableOptionalTypes: false });
registerFunctions(globalRegistry);
registerOverloads(globalRegistry);
registerMacros(globalRegistry);
var Environment = class _Environment {
  #registry;
  #evaluator;
  #typeChecker;
  #evalTypeChecker;
  #parser;
  constructor(opts, inherited) {
    this.opts = createOptions(opts, inherited?.opts);
    this.#registry = (inherited instanceof _Environment ? inherited.#registry : globalRegistry).clone(this.opts);
    const childOpts = { registry: this.#registry, opts: this.opts };
    this.#typeChecker = new TypeChecker(childOpts);
    this.#evalTypeChecker = new TypeChecker(childOpts, true);
    this.#evaluator = new Evaluator(childOpts);
    this.#parser = new Parser(this.opts.limits, this.#registry);
    Object.freeze(this);
  }
  clone(opts) {
    return new _Environment(opts, this);
  }
  registerFunction(signature, handler, opts) {
    this.#registry.registerFunctionOverload(signature, handler, opts);
    return this;
  }
  registerOperator(string, handler, opts) {
    this.#registry.registerOperatorOverload(string, handler, opts);
    return this;
  }
  registerType(typename, constructor) {
    this.#registry.registerType(typename, constructor);
    return this;
  }
  registerVariable(name, type, opts) {
    this.#registry.registerVariable(name, type, opts);
    return this;
  }
  registerConstant(name, type, value) {
    this.#registry.registerConstant(name, type, value);
    return this;
  }
  hasVariable(name) {
    return this.#registry.variables.has(name);
  }
  getDefinitions() {
    return this.#registry.getDefinitions();
  }
  check(expression) {
    try {
      return this.#checkAST(this.#parser.parse(expression));
    } catch (error) {
      return { valid: false, error };
    }
  }
  #checkAST(ast) {
    try {
      const typeDecl = this.#typeChecker.check(ast, new RootContext(this.#registry));
      return { valid: true, type: this.#formatTypeForCheck(typeDecl) };
    } catch (error) {
      return { valid: false, error };
    }
  }
  #formatTypeForCheck(typeDecl) {
    if (typeDecl.name === `list<dyn>`) return "list";
    if (typeDecl.name === `map<dyn, dyn>`) return "map";
    return typeDecl.name;
  }
  parse(expression) {
    const ast = this.#parser.parse(expression);
    const evaluateParsed = this.#evaluateAST.bind(this, ast);
    evaluateParsed.check = this.#checkAST.bind(this, ast);
    evaluateParsed.ast = ast;
    return evaluateParsed;
  }
  evaluate(expression, context) {
    return this.#evaluateAST(this.#parser.parse(expression), context);
  }
  #evaluateAST(ast, ctx) {
    if (ast.checkedType) {
      return ast.evaluate(this.#evaluator, ast, new RootContext(this.#registry, ctx));
    } else {
      this.#evalTypeChecker.check(ast, ctx = new RootContext(this.#registry, ctx));
      return ast.evaluate(this.#evaluator, ast, ctx);
    }
  }
};
var Evaluator = class extends Base {
  constructor(opts) {
    super(opts);
    this.createError = evaluationError;
  }
  #firstMapElement(coll) {
    if (coll instanceof Map) return coll.entries().next().value;
    for (const key in coll) return [key, coll[key]];
  }
  debugRuntimeType(value, checkedType) {
    return checkedType?.hasDynType === false ? checkedType : this.debugTypeDeep(value);
  }
  debugTypeDeep(value) {
    const runtimeType = this.debugType(value);
    switch (runtimeType.kind) {
      case "list": {
        const first = value instanceof Array ? value[0] : value.values().next().value;
        if (first === void 0) return runtimeType;
        return this.registry.getListType(this.debugTypeDeep(first));
      }
      case "map": {
        const first = this.#firstMapElement(value);
        if (!first) return runtimeType;
        return this.registry.getMapType(
          runtimeType.keyType.hasDynType ? this.debugTypeDeep(first[0]) : runtimeType.keyType,
          runtimeType.valueType.hasDynType ? this.debugTypeDeep(first[1]) : runtimeType.valueType
        );
      }
      default:
        return runtimeType;
    }
  }
  tryEval(ast, ctx) {
    try {
      const res = this.run(ast, ctx);
      if (res instanceof Promise) return res.catch((err) => err);
      return res;
    } catch (err) {
      return err;
    }
  }
  run(ast, ctx) {
    return ast.evaluate(this, ast, ctx);
  }
};
var globalEnvironment = new Environment({
  unlistedVariablesAreDyn: true
});

// src/custom-rules/variables.ts
var INSTANT = "epoch milliseconds (UTC)";
var CAPACITY_FIELDS = {
  sessions: { type: "int", description: "Simultaneous sessions." },
  cps: { type: "int", description: "Call attempts per second." },
  trunkSessions: { type: "int", description: "Simultaneous sessions the trunks towards the switched network carry." }
};
var CEL_TYPES = [
  {
    name: "Site",
    description: "A site of the inventory.",
    fields: {
      id: { type: "string", description: 'Site id, e.g. "PAR1".' },
      name: { type: "string", description: "Display name." },
      region: { type: "string", description: "Region." },
      failureDomain: { type: "string", description: "Failure domain (power, fire, transport) the site shares with others." }
    }
  },
  {
    name: "Server",
    description: "A call server of the inventory.",
    fields: {
      id: { type: "string", description: "Call server id." },
      site: { type: "string", description: "Site id." },
      role: { type: "string", description: "mgcf, sbc, tdm-gateway, softswitch, bgcf or other." },
      platform: { type: "string", description: 'Platform (software family), e.g. "vx-mgcf".' },
      vendor: { type: "string", description: "Vendor." },
      softwareVersion: { type: "string", description: "Version running today, per the inventory." },
      redundancyGroup: { type: "string", description: "Redundancy group id." },
      emergency: { type: "bool", description: "Whether the server carries emergency traffic." },
      sessions: { type: "int", description: "Inventory capacity: simultaneous sessions." },
      cps: { type: "int", description: "Inventory capacity: call attempts per second." }
    }
  },
  {
    name: "Group",
    description: "A redundancy group of the inventory.",
    fields: {
      id: { type: "string", description: "Group id." },
      name: { type: "string", description: "Display name." },
      emergency: { type: "bool", description: "Whether any member carries emergency traffic." },
      members: { type: "list<string>", description: "Member call server ids, sorted." }
    }
  },
  {
    name: "Freeze",
    description: "A freeze period of the policy.",
    fields: {
      id: { type: "string", description: "Freeze id." },
      reason: { type: "string", description: "Why nothing may change." },
      start: { type: "int", description: `Start, ${INSTANT}.` },
      end: { type: "int", description: `End, ${INSTANT}.` }
    }
  },
  {
    name: "Software",
    description: "The software a step installs (empty strings and zeros when the step installs none).",
    fields: {
      version: { type: "string", description: 'Version installed, e.g. "8.0.1".' },
      previousVersion: { type: "string", description: "Version it replaces (the step's previousVersion, else the inventory's version of its first server)." },
      major: { type: "int", description: 'Leading number of `version` (8 for "8.0.1"); 0 when there is none.' },
      previousMajor: { type: "int", description: "Leading number of `previousVersion`; 0 when there is none." }
    }
  },
  {
    name: "Step",
    description: "A step of a considered change request, with its targets resolved through the inventory.",
    fields: {
      id: { type: "string", description: "Step id within its change request." },
      change: { type: "string", description: "Change request id." },
      owner: { type: "string", description: "Owner of the change request (who runs the step)." },
      action: { type: "string", description: "software-upgrade, config-push, reconnection, capacity-add, capacity-remove, restart, drain, isolate or restore." },
      procedure: { type: "string", description: 'Procedure or command set id; "" when none.' },
      start: { type: "int", description: `Start of the window, ${INSTANT}.` },
      end: { type: "int", description: `End of the window, ${INSTANT}.` },
      hours: { type: "double", description: "Length of the window in hours." },
      localStart: { type: "string", description: 'Start in the policy time zone, "YYYY-MM-DDTHH:MM".' },
      localEnd: { type: "string", description: 'End in the policy time zone, "YYYY-MM-DDTHH:MM".' },
      localDates: { type: "list<string>", description: 'Local dates ("YYYY-MM-DD", policy time zone) the window touches.' },
      night: { type: "string", description: "The night the step runs in: the local date of the evening it belongs to (a step starting 02:00 on the 9th belongs to the night of the 8th; the day runs from noon to noon)." },
      sites: { type: "list<string>", description: "Sites touched: named as targets, or hosting a targeted call server or trunk; sorted." },
      servers: { type: "list<string>", description: "Call servers touched (a site target covers its servers), sorted." },
      trunks: { type: "list<string>", description: "Trunks touched (a server covers its trunks), sorted." },
      groups: { type: "list<string>", description: "Redundancy groups of the servers touched, sorted." },
      emergencyNumbers: { type: "list<string>", description: "Emergency numbers with a route through a server or trunk touched." },
      psaps: { type: "list<string>", description: "PSAPs those routes reach." },
      emergency: { type: "bool", description: "Whether the step touches an emergency route or an emergency server or trunk (the emergency interconnect)." },
      vendors: { type: "list<string>", description: "Vendors of the servers touched, sorted." },
      platforms: { type: "list<string>", description: "Platforms of the servers touched, sorted." },
      software: { type: "Software", description: "The software installed (software-upgrade steps)." },
      signature: { type: "string", description: 'Change signature, e.g. "software-upgrade:8.0.1" (see canary-and-soak); "" for steps without one.' },
      canary: { type: "bool", description: "Whether the step is the first (canary) wave of its signature on one of its groups." },
      hoursAfterCanary: { type: "double", description: "Hours between the end of the canary wave of its signature (on its groups; the earliest) and this step's start; 0 for a canary or a step without signature." },
      unproven: { type: "bool", description: "Whether the step runs a change not yet proven on its group when it starts." },
      capacityLoss: { type: "double", description: "Fraction (0..1) of each targeted server's capacity lost while the step runs." },
      rollbackMinutes: { type: "int", description: "Declared rollback duration in minutes; -1 when the step has no rollback." },
      testCalls: { type: "list<string>", description: "Numbers the step's verification calls." },
      dependsOn: { type: "list<string>", description: "Ids of the steps it waits for." },
      execution: { type: "string", description: "What the execution record says as of the evaluation: planned, running, ok, failed, rolled-back or aborted." }
    }
  },
  {
    name: "Change",
    description: "A change request considered by the timeline.",
    fields: {
      id: { type: "string", description: "Change request id." },
      title: { type: "string", description: "Title." },
      owner: { type: "string", description: "Owner (person id)." },
      purpose: { type: "string", description: "Purpose." },
      declaredRisk: { type: "string", description: "Declared risk: low, medium, high or critical." },
      state: { type: "string", description: "draft, proposed, approved, scheduled, in-progress, done or cancelled." },
      capacityUpgrade: { type: "bool", description: "Whether it is a capacity upgrade." },
      approvers: { type: "list<string>", description: "Person ids of the approvals written in the file (a claim: the approvals rule judges them)." },
      notify: { type: "list<string>", description: "Parties of the notify list (regulator, authority, psap, noc, emergency-services, other)." },
      hasEscalation: { type: "bool", description: "Whether an escalation contact is named." },
      steps: { type: "list<Step>", description: "Its steps, in file order." },
      sites: { type: "list<string>", description: "Sites its steps touch, sorted." },
      emergencyNumbers: { type: "list<string>", description: "Emergency numbers its steps can affect." },
      start: { type: "int", description: `Start of its first step, ${INSTANT}.` },
      end: { type: "int", description: `End of its last step, ${INSTANT}.` }
    }
  },
  {
    name: "Capacity",
    description: "Capacity figures.",
    fields: CAPACITY_FIELDS
  },
  {
    name: "Forecast",
    description: "Forecast traffic of an interval: the busiest local hour it overlaps.",
    fields: {
      totalSessions: { type: "int", description: "All calls: simultaneous sessions." },
      totalCps: { type: "int", description: "All calls: call attempts per second." },
      emergencySessions: { type: "int", description: "Emergency calls: simultaneous sessions." },
      emergencyCps: { type: "int", description: "Emergency calls: call attempts per second." },
      busiestHour: { type: "string", description: 'Local start of the busiest hour, "YYYY-MM-DDTHH:MM".' },
      dayType: { type: "string", description: "weekday, weekend or holiday." }
    }
  },
  {
    name: "GroupState",
    description: "A redundancy group during an interval.",
    fields: {
      id: { type: "string", description: "Group id." },
      emergency: { type: "bool", description: "Whether the group carries emergency traffic." },
      members: { type: "int", description: "Number of members." },
      atRisk: { type: "list<string>", description: "Members at risk in the interval." },
      unproven: { type: "list<string>", description: "Members running a change not yet proven (soaking)." }
    }
  },
  {
    name: "Interval",
    description: "An interval of the timeline: a stretch of time in which the same steps are active or soaking.",
    fields: {
      index: { type: "int", description: "Position on the timeline (0-based)." },
      start: { type: "int", description: `Start, ${INSTANT}.` },
      end: { type: "int", description: `End, ${INSTANT}.` },
      hours: { type: "double", description: "Length in hours." },
      localStart: { type: "string", description: 'Start in the policy time zone, "YYYY-MM-DDTHH:MM".' },
      localEnd: { type: "string", description: 'End in the policy time zone, "YYYY-MM-DDTHH:MM".' },
      atRiskServers: { type: "list<string>", description: "Call servers at risk (touched by an active step, or soaking an unproven change), sorted." },
      atRiskTrunks: { type: "list<string>", description: "Trunks at risk, sorted." },
      atRiskSites: { type: "list<string>", description: "Sites hosting a server at risk, sorted." },
      unprovenServers: { type: "list<string>", description: "Servers running an unproven change, sorted." },
      groups: { type: "list<GroupState>", description: "Every redundancy group: members at risk and unproven members." },
      forecast: { type: "Forecast", description: "Forecast traffic (busiest hour overlapped)." },
      capacity: { type: "Capacity", description: "Capacity not at risk, all traffic." },
      emergencyCapacity: { type: "Capacity", description: "Capacity not at risk on emergency-capable elements." },
      margin: { type: "Capacity", description: "N-1 margin, all traffic: capacity not at risk, minus the site whose loss hurts most, minus the forecast (negative: short)." },
      emergencyMargin: { type: "Capacity", description: "N-1 margin for emergency traffic, computed the same way." },
      lostSite: { type: "string", description: 'The site assumed lost for the N-1 margin (all traffic); "" when none.' },
      routesLeft: { type: "map<string, int>", description: "Per emergency number: routes whose call server and trunk are not at risk and whose site is not targeted." },
      routeSitesLeft: { type: "map<string, int>", description: "Per emergency number: distinct sites among those routes." },
      activeSteps: { type: "list<Step>", description: "Steps whose window overlaps the interval (any change request)." },
      changes: { type: "list<string>", description: "Change requests with an active or soaking step in the interval, sorted." }
    }
  },
  {
    name: "Network",
    description: "The inventory and the plan.",
    fields: {
      timeZone: { type: "string", description: "The policy time zone (IANA)." },
      sites: { type: "list<Site>", description: "Sites, sorted by id." },
      servers: { type: "list<Server>", description: "Call servers, sorted by id." },
      groups: { type: "list<Group>", description: "Redundancy groups, sorted by id." },
      emergencyNumbers: { type: "list<string>", description: "Emergency numbers of the inventory." },
      holidays: { type: "list<string>", description: 'Public holidays: the local dates ("YYYY-MM-DD") the traffic forecast marks as holidays (its holiday calendar).' },
      changes: { type: "list<Change>", description: "Every considered change request, sorted by id." },
      steps: { type: "list<Step>", description: "Every step of every considered change request." },
      stepsByNight: { type: "map<string, list<Step>>", description: "The same steps by the night they run in (`Step.night`): compare a step with the others of its night, e.g. `network.stepsByNight[step.night].exists(...)`, without visiting every step of the plan." }
    }
  },
  {
    name: "Policy",
    description: "The change policy.",
    fields: {
      timeZone: { type: "string", description: "Time zone of windows and freezes (IANA)." },
      freezePeriods: { type: "list<Freeze>", description: "Freeze periods." },
      approvers: { type: "list<string>", description: "Person ids of the approvers." }
    }
  }
];
var COMMON_VARIABLES = {
  network: { type: "Network", description: "The inventory and every considered change request." },
  policy: { type: "Policy", description: "The change policy." },
  asOf: { type: "int", description: `The instant the evaluation is "as of" (--as-of), ${INSTANT}; 0 when unknown.` }
};
var SCOPE_VARIABLES = {
  change: {
    description: "The condition is evaluated once per considered change request; a finding points into the change request file.",
    variables: { change: { type: "Change", description: "The change request judged." }, ...COMMON_VARIABLES }
  },
  step: {
    description: "The condition is evaluated once per step of each considered change request; a finding points at the step.",
    variables: {
      step: { type: "Step", description: "The step judged." },
      change: { type: "Change", description: "Its change request." },
      ...COMMON_VARIABLES
    }
  },
  interval: {
    description: "The condition is evaluated once per interval of the timeline; a finding is reported for each change request active or soaking in it, at its first step there.",
    variables: { interval: { type: "Interval", description: "The interval judged." }, ...COMMON_VARIABLES }
  }
};

// src/custom-rules/values.ts
var CostMeter = class {
  used = 0;
  limit = Number.POSITIVE_INFINITY;
  /**
   * The traps of every list and map this meter counts. One handler per meter, not one per list: the
   * evaluator reads through these traps millions of times on a large plan, and a single trap function
   * stays optimised where one closure per list would not.
   */
  listHandler;
  mapHandler;
  constructor() {
    const charge = (amount) => this.charge(amount);
    this.listHandler = {
      get(target, key) {
        if (key === METERED) return true;
        if (typeof key === "string" && isIndexKey(key)) charge(1);
        return target[key];
      }
    };
    this.mapHandler = {
      ownKeys(target) {
        const keys = Reflect.ownKeys(target);
        charge(keys.length);
        return keys;
      },
      get(target, key, receiver) {
        if (key === METERED) return true;
        if (typeof key === "string") charge(1);
        return Reflect.get(target, key, receiver);
      }
    };
  }
  charge(amount) {
    this.used += amount;
    if (this.used > this.limit) throw new CostLimitExceeded(this.limit);
  }
};
var CostLimitExceeded = class extends Error {
  constructor(limit) {
    super(`cost limit of ${limit} exceeded`);
    this.limit = limit;
    this.name = "CostLimitExceeded";
  }
  limit;
};
function isIndexKey(key) {
  const length = key.length;
  if (length === 0) return false;
  const first = key.charCodeAt(0);
  if (first === 48) return length === 1;
  if (first < 49 || first > 57) return false;
  for (let i = 1; i < length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
var SHAPED = /* @__PURE__ */ new WeakSet();
var METERED = /* @__PURE__ */ Symbol("metered");
function isShaped(value) {
  return value[METERED] === true || SHAPED.has(value);
}
function metered(list, meter) {
  return new Proxy(list, meter.listHandler);
}
function meteredMap(entries, meter) {
  return new Proxy(Object.fromEntries(entries), meter.mapHandler);
}
var TYPE_FIELDS = new Map(CEL_TYPES.map((t) => [t.name, t.fields]));
var shapers = /* @__PURE__ */ new Map();
function shaperOf(type) {
  const known = shapers.get(type);
  if (known) return known;
  let convert;
  const list = /^list<(.+)>$/.exec(type);
  const map = /^map<string, (.+)>$/.exec(type);
  if (type === "int") convert = (value) => BigInt(Math.round(Number(value ?? 0)));
  else if (type === "double") convert = (value) => Number(value ?? 0);
  else if (type === "string") convert = (value) => value === void 0 || value === null ? "" : String(value);
  else if (type === "bool") convert = (value) => value === true;
  else if (list) {
    const item = lazyShaper(list[1]);
    convert = (value, meter) => metered((value ?? []).map((v) => item(v, meter)), meter);
  } else if (map) {
    const item = lazyShaper(map[1]);
    convert = (value, meter) => meteredMap(Object.entries(value ?? {}).map(([k, v]) => [k, item(v, meter)]), meter);
  } else {
    const fields = TYPE_FIELDS.get(type);
    if (!fields) throw new Error(`no CEL type ${type} is declared`);
    convert = objectShaper(fields);
  }
  const shaper = (value, meter) => value !== null && typeof value === "object" && isShaped(value) ? value : convert(value, meter);
  shapers.set(type, shaper);
  return shaper;
}
function lazyShaper(type) {
  let resolved;
  return (value, meter) => (resolved ??= shaperOf(type))(value, meter);
}
function objectShaper(fields) {
  const entries = Object.entries(fields).map(([name, field]) => ({ name, shape: lazyShaper(field.type) }));
  return (value, meter) => {
    const plain = value;
    const out = {};
    for (const field of entries) out[field.name] = field.shape(plain[field.name], meter);
    SHAPED.add(out);
    return out;
  };
}
function shape(type, value, meter) {
  return shaperOf(type)(value, meter);
}
function localText(ms, zone) {
  const p = localParts(ms, zone);
  return `${p.date}T${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`;
}
function localDates(start, end, zone) {
  const dates = [];
  const last = localParts(Math.max(start, end - 1), zone).date;
  for (let t = start; dates.length < 366; t += 864e5) {
    const date = localParts(t, zone).date;
    if (dates[dates.length - 1] !== date) dates.push(date);
    if (date >= last) break;
  }
  if (dates[dates.length - 1] !== last) dates.push(last);
  return dates;
}
var HOUR = 36e5;
function majorOf(version) {
  const m = /^\D*(\d+)/.exec(version ?? "");
  return m ? Number(m[1]) : 0;
}
var sorted = (values) => [...new Set(values)].sort();
var CustomRuleValues = class {
  constructor(network, timeline, asOf) {
    this.network = network;
    this.timeline = timeline;
    this.asOf = asOf;
    this.zone = network.policy.timeZone;
  }
  network;
  timeline;
  asOf;
  meter = new CostMeter();
  steps = /* @__PURE__ */ new Map();
  changes = /* @__PURE__ */ new Map();
  common;
  zone;
  /** Change requests by id (the first of an id, as a search of allChanges finds it). */
  changesById;
  /** The rollouts each step exposure belongs to, in the timeline's order. */
  rolloutsByExposure;
  commonVariables() {
    if (!this.common) {
      const inv = this.network.inventory;
      const byId = (items) => [...items].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      const changes = this.network.changes.map((c) => this.change(c));
      const steps = this.network.changes.flatMap((c) => c.steps.map((s) => this.step(s)));
      const stepsByNight = /* @__PURE__ */ new Map();
      for (const step of steps) {
        const night = step.night;
        const list = stepsByNight.get(night);
        if (list) list.push(step);
        else stepsByNight.set(night, [step]);
      }
      this.common = {
        network: shape(
          "Network",
          {
            timeZone: this.zone,
            sites: byId(inv.sites.values()),
            servers: byId(inv.callServers.values()).map((s) => ({ ...s, sessions: s.capacity.sessions, cps: s.capacity.cps })),
            groups: byId(inv.redundancyGroups.values()),
            emergencyNumbers: [...inv.emergencyNumbers.keys()],
            holidays: [...this.network.forecast.holidays].sort(),
            changes,
            steps,
            stepsByNight: Object.fromEntries([...stepsByNight].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0))
          },
          this.meter
        ),
        policy: shape(
          "Policy",
          { timeZone: this.zone, freezePeriods: this.network.policy.freezePeriods, approvers: [...this.network.policy.approvers.keys()].sort() },
          this.meter
        ),
        asOf: BigInt(this.asOf ?? 0)
      };
    }
    return this.common;
  }
  step(step) {
    let value = this.steps.get(step);
    if (value) return value;
    const inv = this.network.inventory;
    const targets = targetsOf(this.network, step);
    const servers = targets.servers.map((id) => inv.callServers.get(id)).filter((s) => s !== void 0);
    const trunkServers = targets.trunks.map((id) => inv.callServers.get(inv.trunks.get(id)?.callServer ?? ""));
    const reach = stepsEmergencyReach(this.network, [step]);
    const exposure = this.timeline.exposures.get(step.key);
    const change = this.changeById(step.changeId);
    const previousVersion = step.software?.previousVersion ?? servers[0]?.softwareVersion;
    value = shape(
      "Step",
      {
        id: step.id,
        change: step.changeId,
        owner: change?.owner,
        action: step.action,
        procedure: step.procedure,
        start: step.window.start,
        end: step.window.end,
        hours: (step.window.end - step.window.start) / HOUR,
        localStart: localText(step.window.start, this.zone),
        localEnd: localText(step.window.end, this.zone),
        localDates: localDates(step.window.start, step.window.end, this.zone),
        night: localParts(step.window.start - 12 * HOUR, this.zone).date,
        sites: sorted([...step.targets.sites, ...servers.map((s) => s.site), ...trunkServers.flatMap((s) => s ? [s.site] : [])]),
        servers: targets.servers,
        trunks: targets.trunks,
        groups: sorted(servers.map((s) => s.redundancyGroup)),
        emergencyNumbers: reach.numbers,
        psaps: reach.psaps,
        emergency: reach.numbers.length > 0 || servers.some((s) => s.emergency) || targets.trunks.some((t) => inv.trunks.get(t)?.emergency === true),
        vendors: sorted(servers.map((s) => s.vendor)),
        platforms: sorted(servers.map((s) => s.platform)),
        software: {
          version: step.software?.version,
          previousVersion: step.software ? previousVersion : void 0,
          major: majorOf(step.software?.version),
          previousMajor: step.software ? majorOf(previousVersion) : 0
        },
        signature: exposure?.signature,
        ...this.canaryFacts(exposure),
        unproven: exposure?.unproven ?? false,
        capacityLoss: step.capacityLoss,
        rollbackMinutes: step.rollback?.minutes ?? -1,
        testCalls: step.testCalls.map((c) => c.number),
        dependsOn: step.dependsOn,
        execution: exposure?.execution.status ?? "planned"
      },
      this.meter
    );
    this.steps.set(step, value);
    return value;
  }
  changeById(id) {
    if (!this.changesById) {
      this.changesById = /* @__PURE__ */ new Map();
      for (const change of this.network.allChanges) if (!this.changesById.has(change.id)) this.changesById.set(change.id, change);
    }
    return this.changesById.get(id);
  }
  rolloutsOf(exposure) {
    if (!this.rolloutsByExposure) {
      this.rolloutsByExposure = /* @__PURE__ */ new Map();
      for (const rollout of this.timeline.rollouts) {
        for (const member of new Set(rollout.steps)) {
          const list = this.rolloutsByExposure.get(member);
          if (list) list.push(rollout);
          else this.rolloutsByExposure.set(member, [rollout]);
        }
      }
    }
    return this.rolloutsByExposure.get(exposure) ?? [];
  }
  /** Whether the step is a canary, and how long after the canary (the closest, over its groups) it starts. */
  canaryFacts(exposure) {
    if (!exposure) return { canary: false, hoursAfterCanary: 0 };
    let canary = false;
    let hours;
    for (const rollout of this.rolloutsOf(exposure)) {
      if (rollout.canary === exposure) canary = true;
      else {
        const gap = (exposure.start - rollout.canary.end) / HOUR;
        hours = hours === void 0 ? gap : Math.min(hours, gap);
      }
    }
    return { canary, hoursAfterCanary: canary ? 0 : hours ?? 0 };
  }
  change(change) {
    let value = this.changes.get(change);
    if (value) return value;
    const steps = change.steps.map((s) => this.step(s));
    const starts = change.steps.map((s) => s.window.start);
    const ends = change.steps.map((s) => s.window.end);
    value = shape(
      "Change",
      {
        id: change.id,
        title: change.title,
        owner: change.owner,
        purpose: change.purpose,
        declaredRisk: change.declaredRisk,
        state: change.state,
        capacityUpgrade: change.capacityUpgrade,
        approvers: change.approvals.map((a) => a.by),
        notify: change.notify.map((n) => n.party),
        hasEscalation: change.escalation !== void 0,
        steps,
        sites: sorted(steps.flatMap((s) => [...s.sites])),
        emergencyNumbers: stepsEmergencyReach(this.network, change.steps).numbers,
        start: starts.length > 0 ? Math.min(...starts) : 0,
        end: ends.length > 0 ? Math.max(...ends) : 0
      },
      this.meter
    );
    this.changes.set(change, value);
    return value;
  }
  interval(interval) {
    const network = this.network;
    const inv = network.inventory;
    const losses = lossesOf(network, interval.exposures, interval.start);
    const index = capacityIndexFor(network, this.timeline);
    const judge = (scope) => {
      const remaining = remainingCapacity(network, index, interval.start, losses, scope);
      return { remaining: remaining.total, judgement: worstSiteLoss(remaining, requiredCapacity(interval.forecast, 1, scope)) };
    };
    const all = judge("all");
    const emergency = judge("emergency");
    const atRisk = new Set(interval.atRiskServers);
    const unproven = new Set(interval.unprovenServers);
    const lost = (id) => (losses.servers.get(id) ?? 0) > 0;
    const routesLeft = {};
    const routeSitesLeft = {};
    for (const number of inv.emergencyNumbers.values()) {
      const usable = number.routes.filter((r) => {
        const site = inv.callServers.get(r.callServer)?.site;
        return !lost(r.callServer) && (losses.trunks.get(r.trunk) ?? 0) <= 0 && site !== void 0 && !losses.sites.has(site);
      });
      routesLeft[number.number] = usable.length;
      routeSitesLeft[number.number] = new Set(usable.map((r) => inv.callServers.get(r.callServer)?.site)).size;
    }
    const figures = (f) => ({ sessions: f.sessions, cps: f.cps, trunkSessions: f.trunkSessions });
    return shape(
      "Interval",
      {
        index: interval.index,
        start: interval.start,
        end: interval.end,
        hours: (interval.end - interval.start) / HOUR,
        localStart: localText(interval.start, this.zone),
        localEnd: localText(interval.end, this.zone),
        atRiskServers: interval.atRiskServers,
        atRiskTrunks: interval.atRiskTrunks,
        atRiskSites: sorted(interval.atRiskServers.map((id) => inv.callServers.get(id)?.site ?? "").filter((s) => s !== "")),
        unprovenServers: interval.unprovenServers,
        groups: [...inv.redundancyGroups.values()].map((g) => ({
          id: g.id,
          emergency: g.emergency,
          members: g.members.length,
          atRisk: g.members.filter((m) => atRisk.has(m)),
          unproven: g.members.filter((m) => unproven.has(m))
        })),
        forecast: interval.forecast,
        capacity: figures(all.remaining),
        emergencyCapacity: figures(emergency.remaining),
        margin: figures(all.judgement.margin),
        emergencyMargin: figures(emergency.judgement.margin),
        lostSite: all.judgement.lostSite,
        routesLeft,
        routeSitesLeft,
        activeSteps: interval.activeSteps.map((s) => this.step(s)),
        changes: sorted(interval.exposures.map((e) => e.step.changeId))
      },
      this.meter
    );
  }
};

// src/custom-rules/compile.ts
var DEFAULT_COST_LIMIT = 1e6;
var CustomRuleFailure = class extends Error {
  constructor(message, messageId, at, range, data) {
    super(message);
    this.messageId = messageId;
    this.at = at;
    this.range = range;
    this.data = data;
    this.name = "CustomRuleFailure";
  }
  messageId;
  at;
  range;
  data;
};
var environments = /* @__PURE__ */ new Map();
function environmentOf(scope) {
  let env = environments.get(scope);
  if (!env) {
    env = new Environment({ limits: { maxAstNodes: 2e3, maxDepth: 64 } });
    for (const type of CEL_TYPES) {
      env.registerType({ name: type.name, schema: Object.fromEntries(Object.entries(type.fields).map(([k, f]) => [k, f.type])) });
    }
    for (const [name, v] of Object.entries(SCOPE_VARIABLES[scope].variables)) env.registerVariable(name, v.type);
    environments.set(scope, env);
  }
  return env;
}
var REFUSED_FUNCTIONS = /* @__PURE__ */ new Map([["matches", "regular expressions are not available in custom rules (their cost is unbounded here); use startsWith, endsWith or contains"]]);
function isNode(value) {
  return value !== null && typeof value === "object" && typeof value.op === "string" && "args" in value;
}
var COMPREHENSIONS = /* @__PURE__ */ new Set(["all", "exists", "exists_one", "map", "filter"]);
function isMeteredRange(node) {
  if (!isNode(node)) return false;
  const args = node.args;
  switch (node.op) {
    case "id":
      return true;
    case ".":
    case ".?":
    case "[]":
    case "[?]":
      return isMeteredRange(args[0]);
    case "+":
      return isMeteredRange(args[0]) && isMeteredRange(args[1]);
    case "rcall":
      return (args[0] === "map" || args[0] === "filter") && isMeteredRange(args[1]);
    default:
      return false;
  }
}
var LITERAL_PARENTS = /* @__PURE__ */ new Set(["in", "==", "!="]);
function unboundedIteration(node, parentOp = "") {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = unboundedIteration(item, parentOp);
      if (found) return found;
    }
    return void 0;
  }
  if (!isNode(node)) return void 0;
  const at = node.range ? { range: node.range } : {};
  if ((node.op === "list" || node.op === "map") && !LITERAL_PARENTS.has(parentOp)) {
    return { why: 'a list or map written in the rule may only be compared (==, !=) or searched (in); iterate the variables instead, e.g. `step.sites.exists(s, s in ["PAR1", "LYO1"])`', ...at };
  }
  if (node.op === "rcall" && Array.isArray(node.args) && COMPREHENSIONS.has(node.args[0]) && !isMeteredRange(node.args[1])) {
    return { why: `\`${String(node.args[0])}\` may only range over the variables' lists and maps (or a map/filter of them), whose cost is counted; iterate the variables instead`, ...at };
  }
  return unboundedIteration(node.args, node.op);
}
function refusedCall(node) {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = refusedCall(item);
      if (found) return found;
    }
    return void 0;
  }
  if (!isNode(node)) return void 0;
  if ((node.op === "call" || node.op === "rcall") && Array.isArray(node.args)) {
    const name = node.args[0];
    const why = typeof name === "string" ? REFUSED_FUNCTIONS.get(name) : void 0;
    if (why !== void 0) return { name, why, ...node.range ? { range: node.range } : {} };
  }
  return refusedCall(node.args);
}
function expressionRange(doc, pointer, text, start, end) {
  if (!doc) return void 0;
  const value = locate(doc, pointer);
  const lines = doc.text.split(/\r?\n/);
  const stretches = [];
  let cursor = 0;
  for (let n = value.line - 1; n < value.endLine && n < lines.length; n++) {
    const source = lines[n];
    let column = n === value.line - 1 ? value.column : 1;
    let segment = source.slice(column - 1);
    const indent = segment.length - segment.trimStart().length;
    segment = segment.trimStart();
    column += indent;
    if (n === value.line - 1 && /^[|>][-+0-9]*\s*(#.*)?$/.test(segment)) continue;
    if (n === value.line - 1 && (segment.startsWith('"') || segment.startsWith("'"))) {
      segment = segment.slice(1);
      column += 1;
    }
    if (segment === "") continue;
    while (cursor < text.length && /\s/.test(text[cursor]) && text[cursor] !== segment[0]) cursor++;
    let length = 0;
    while (length < segment.length && text[cursor + length] === segment[length]) length++;
    if (length === 0) break;
    stretches.push({ line: n + 1, column, from: cursor, length });
    cursor += length;
  }
  const position = (offset) => {
    const stretch = stretches.find((s, i) => offset < s.from + s.length || i === stretches.length - 1);
    return stretch ? { line: stretch.line, column: stretch.column + Math.max(0, offset - stretch.from) } : void 0;
  };
  const from = position(start);
  const to = position(Math.max(start, end));
  if (!from || !to) return value;
  return { line: from.line, column: from.column, endLine: to.line, endColumn: from.line === to.line ? Math.max(to.column, from.column + 1) : to.column };
}
function firstLine(message) {
  return message.split("\n")[0]?.trim() ?? message;
}
var RuleCompiler = class {
  constructor(source) {
    this.source = source;
  }
  source;
  problems = [];
  problem(pointer, message, range, data, messageId = "customRuleCompile") {
    this.problems.push({ messageId, message, at: { file: this.source.file, pointer }, ...range ? { range } : {}, data });
  }
  /** Parses and type-checks one expression; `expect` is the type it must have. */
  expression(pointer, text, offset, scope, expect) {
    const env = environmentOf(scope);
    const { id } = this.source.value;
    const where = (start, end) => expressionRange(this.source.document, pointer, this.source.value[pointer.slice(1)] ?? text, offset + start, offset + end);
    let run;
    try {
      run = env.parse(text);
    } catch (err) {
      const e = err;
      const range = e.range ? where(e.range.start, e.range.end) : void 0;
      this.problem(pointer, `rule ${id}: CEL syntax error in \`${pointer.slice(1)}\`: ${firstLine(e.message ?? String(err))}. See docs/rules/custom-rules.md for the language and the variables`, range, { rule: id, field: pointer.slice(1), kind: "syntax" });
      return void 0;
    }
    const refused = refusedCall(run.ast);
    if (refused) {
      const range = refused.range ? where(refused.range.start, refused.range.end) : void 0;
      this.problem(pointer, `rule ${id}: \`${refused.name}\` cannot be used: ${refused.why}`, range, { rule: id, field: pointer.slice(1), kind: "refused", function: refused.name });
      return void 0;
    }
    const unbounded = unboundedIteration(run.ast);
    if (unbounded) {
      const range = unbounded.range ? where(unbounded.range.start, unbounded.range.end) : void 0;
      this.problem(pointer, `rule ${id}: \`${pointer.slice(1)}\` has an iteration whose cost cannot be bounded: ${unbounded.why}`, range, { rule: id, field: pointer.slice(1), kind: "unbounded" });
      return void 0;
    }
    const checked = run.check();
    if (!checked.valid) {
      const e = checked.error;
      const range = e?.range ? where(e.range.start, e.range.end) : void 0;
      const variables = Object.keys(SCOPE_VARIABLES[scope].variables).join(", ");
      this.problem(
        pointer,
        `rule ${id}: \`${pointer.slice(1)}\` does not type-check in scope ${scope}: ${firstLine(e?.message ?? "invalid")}. Variables of this scope: ${variables} (types in docs/rules/custom-rules.md)`,
        range,
        { rule: id, field: pointer.slice(1), kind: "type" }
      );
      return void 0;
    }
    if (expect === "bool" && checked.type !== "bool" && checked.type !== "dyn") {
      this.problem(pointer, `rule ${id}: \`${pointer.slice(1)}\` must be a condition (bool), but it gives ${checked.type ?? "an unknown type"}; compare it with something, e.g. \`... == "value"\``, where(0, text.length), { rule: id, field: pointer.slice(1), kind: "type", type: checked.type ?? "" });
      return void 0;
    }
    return { text, run, pointer, offset };
  }
  /** The message template: literal text and `{{ expression }}` parts. */
  template(scope) {
    const message = this.source.value.message;
    const parts = [];
    const pattern = /\{\{([\s\S]*?)\}\}/g;
    let last = 0;
    let ok = true;
    for (let m = pattern.exec(message); m; m = pattern.exec(message)) {
      parts.push(message.slice(last, m.index));
      const inner = m[1];
      const lead = inner.length - inner.trimStart().length;
      const compiled = this.expression("/message", inner.trim(), m.index + 2 + lead, scope, "any");
      if (compiled) parts.push(compiled);
      else ok = false;
      last = m.index + m[0].length;
    }
    parts.push(message.slice(last));
    return ok ? parts : void 0;
  }
};
function textOf(value) {
  if (typeof value === "string") return value;
  if (typeof value === "bigint" || typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null || value === void 0) return "";
  if (Array.isArray(value)) return value.map(textOf).join(", ");
  if (value instanceof Map) return [...value].map(([k, v]) => `${textOf(k)}: ${textOf(v)}`).join(", ");
  if (typeof value === "object") {
    const id = value.id;
    return typeof id === "string" ? id : Object.entries(value).map(([k, v]) => `${k}: ${textOf(v)}`).join(", ");
  }
  return String(value);
}
function judgedObjects(scope, context, values, at) {
  const common = values.commonVariables();
  const network = context.network;
  const out = [];
  if (scope === "change") {
    for (const change of network.changes) {
      out.push({ variables: { ...common, change: values.change(change) }, at: { file: change.at.file, pointer: change.at.pointer + at }, changeId: change.id, label: `change request ${change.id}` });
    }
  } else if (scope === "step") {
    for (const change of network.changes) {
      for (const step of change.steps) {
        out.push({
          variables: { ...common, change: values.change(change), step: values.step(step) },
          at: { file: step.at.file, pointer: step.at.pointer + at },
          changeId: change.id,
          stepId: step.id,
          label: `step ${step.key}`
        });
      }
    }
  } else {
    for (const interval of context.timeline.intervals) {
      if (interval.exposures.length === 0) continue;
      const variables = { ...common, interval: values.interval(interval) };
      const changes = [...new Set(interval.exposures.map((e) => e.step.changeId))].sort();
      for (const changeId of changes) {
        const step = stepToReport(interval, changeId);
        if (!step) continue;
        out.push({
          variables,
          at: { file: step.at.file, pointer: step.at.pointer + at },
          changeId,
          stepId: step.id,
          label: `interval ${context.formatInstant(interval.start)} (change request ${changeId})`
        });
      }
    }
  }
  return out;
}
var valuesByTimeline = /* @__PURE__ */ new WeakMap();
function valuesOf(context) {
  let values = valuesByTimeline.get(context.timeline);
  if (!values) {
    values = new CustomRuleValues(context.network, context.timeline, context.asOf);
    valuesByTimeline.set(context.timeline, values);
  }
  return values;
}
function costExceeded(err) {
  for (let e = err, depth = 0; e !== null && typeof e === "object" && depth < 8; e = e.cause, depth++) {
    if (e instanceof CostLimitExceeded) return e;
  }
  return void 0;
}
function buildRule(source, when, unwaivableWhen, message) {
  const doc = source.value;
  const costLimit = doc.costLimit ?? DEFAULT_COST_LIMIT;
  const at = doc.at ?? "";
  const failure = (err, expression, judged) => {
    const cost = costExceeded(err);
    const field = expression.pointer.slice(1);
    if (cost) {
      return new CustomRuleFailure(
        `custom rule ${doc.id} went over its cost limit of ${costLimit} (list elements visited and objects judged) while judging ${judged.label}; it was stopped, and the verdict is error because the rule could not judge the plan. Simplify \`${field}\` (avoid nested exists/all over network.steps) or raise costLimit`,
        "customRuleCost",
        { file: source.file, pointer: doc.costLimit !== void 0 ? "/costLimit" : expression.pointer },
        void 0,
        { rule: doc.id, limit: costLimit }
      );
    }
    const e = err;
    const range = e.range ? expressionRange(source.document, expression.pointer, doc[field] ?? expression.text, expression.offset + e.range.start, expression.offset + e.range.end) : void 0;
    return new CustomRuleFailure(
      `custom rule ${doc.id} failed on ${judged.label}: ${firstLine(e.message ?? String(err))} (in \`${field}\`); the verdict is error because the rule could not judge the plan`,
      "customRuleEvaluation",
      { file: source.file, pointer: expression.pointer },
      range,
      { rule: doc.id, on: judged.label, field }
    );
  };
  let meter;
  const run = (expression, judged) => {
    let result;
    try {
      result = expression.run(judged.variables);
    } catch (err) {
      throw failure(err, expression, judged);
    }
    if (meter && meter.used > meter.limit) throw failure(new CostLimitExceeded(meter.limit), expression, judged);
    return result;
  };
  return defineRule({
    id: doc.id,
    title: doc.title,
    summary: doc.summary ?? doc.title,
    category: doc.category,
    defaultSeverity: doc.severity,
    rationale: doc.rationale ?? `Custom rule from ${source.file}.`,
    optionsSchema: EMPTY_OPTIONS_SCHEMA,
    defaultOptions: {},
    messages: { violation: "{{message}}", unwaivable: "{{message}}" },
    waivable: doc.waivable ?? true,
    unwaivable: ["unwaivable"],
    source: source.file,
    scope: doc.scope,
    check(context) {
      const values = valuesOf(context);
      const judgedList = judgedObjects(doc.scope, context, values, at);
      values.meter.used = 0;
      values.meter.limit = costLimit;
      meter = values.meter;
      const reported = /* @__PURE__ */ new Set();
      try {
        for (const judged of judgedList) {
          values.meter.charge(1);
          const verdict = run(when, judged);
          if (verdict === false) continue;
          if (verdict !== true) throw failure(new Error(`\`when\` gave ${textOf(verdict)}, not true or false`), when, judged);
          const text = message.map((part) => typeof part === "string" ? part : textOf(run(part, judged))).join("");
          const key = `${judged.changeId}|${judged.stepId ?? ""}|${text}`;
          if (reported.has(key)) continue;
          reported.add(key);
          const unwaivable = unwaivableWhen !== void 0 && run(unwaivableWhen, judged) === true;
          context.report({
            messageId: unwaivable ? "unwaivable" : "violation",
            data: { message: text, change: judged.changeId, ...judged.stepId !== void 0 ? { step: judged.stepId } : {} },
            at: judged.at,
            changeId: judged.changeId,
            ...judged.stepId !== void 0 ? { stepId: judged.stepId } : {}
          });
        }
      } catch (err) {
        if (err instanceof CustomRuleFailure) throw err;
        const cost = costExceeded(err);
        if (cost) throw failure(cost, when, judgedList[0]);
        throw err;
      } finally {
        values.meter.limit = Number.POSITIVE_INFINITY;
      }
    }
  });
}
function compileCustomRules(sources, builtInIds) {
  const rules = [];
  const problems = [];
  const seen = /* @__PURE__ */ new Map();
  for (const source of [...sources].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) {
    const doc = source.value;
    const compiler = new RuleCompiler(source);
    if (builtInIds.has(doc.id)) {
      problems.push({ messageId: "customRuleIdClash", message: `custom rule id "${doc.id}" is a built-in rule's id; choose another (\`changegate rules\` lists the built-in ids)`, at: { file: source.file, pointer: "/id" }, data: { rule: doc.id } });
      continue;
    }
    const earlier = seen.get(doc.id);
    if (earlier !== void 0) {
      problems.push({ messageId: "customRuleDuplicate", message: `custom rule id "${doc.id}" is already defined in ${earlier}; each rule needs its own id`, at: { file: source.file, pointer: "/id" }, data: { rule: doc.id, other: earlier } });
      continue;
    }
    seen.set(doc.id, source.file);
    const when = compiler.expression("/when", doc.when, 0, doc.scope, "bool");
    const unwaivableWhen = doc.unwaivableWhen !== void 0 ? compiler.expression("/unwaivableWhen", doc.unwaivableWhen, 0, doc.scope, "bool") : void 0;
    const message = compiler.template(doc.scope);
    problems.push(...compiler.problems);
    if (compiler.problems.length === 0 && when && message) rules.push(buildRule(source, when, unwaivableWhen, message));
  }
  return { rules, problems };
}

// src/custom-rules/reuse.ts
function compiledRulesMemo() {
  return {};
}
function compileCustomRulesOnce(memo, sources, builtInIds) {
  const last = memo?.last;
  if (last && sameSources(last.sources, sources) && sameIds(last.builtInIds, builtInIds)) return last.compiled;
  const compiled = compileCustomRules(sources, builtInIds);
  if (memo) memo.last = { sources, builtInIds, compiled };
  return compiled;
}
function sameSources(a, b) {
  return a.length === b.length && a.every((s, i) => s.file === b[i]?.file && s.value === b[i]?.value && s.document === b[i]?.document);
}
function sameIds(a, b) {
  return a.size === b.size && [...a].every((id) => b.has(id));
}

// src/approvals/verify.ts
var SOURCE_WORDS = {
  "signed-commits": "a commit signed with their SSH key (allowed signers in the policy folder)",
  "pull-request-reviews": "an approving review of the pull request from their GitHub login",
  "merge-request-approvals": "their approval of the merge request, from their GitLab username, on the head commit checked",
  declared: "a declaration in the file",
  none: "a verified source, which the policy does not name (set approvalSource in the policy)"
};
var PROOF_NOUNS = {
  "signed-commits": "commit signed",
  "pull-request-reviews": "approving review",
  "merge-request-approvals": "merge-request approval",
  declared: "declaration"
};
var ApprovalVerifier = class {
  constructor(policy, documents, evidence) {
    this.policy = policy;
    this.documents = documents;
    this.evidence = evidence;
  }
  policy;
  documents;
  evidence;
  seen = /* @__PURE__ */ new Map();
  /** What `how` proof the policy expects, for messages telling someone what to obtain. */
  get expectedProof() {
    return SOURCE_WORDS[this.policy.approvalSource.kind];
  }
  /** Verifies that `person` approved the entry at `at` (a pointer to the entry or its value). */
  verify(at, person) {
    const result = this.judge(at, person);
    this.seen.set(`${at.file}#${at.pointer}`, result.status);
    return result;
  }
  /** Policy persons proven to have written the file outside the given entries. */
  authorsOf(file, entries) {
    if (!this.evidence || this.evidence.source !== this.policy.approvalSource.kind) return [];
    const spans = entries.map((pointer) => this.span(file, pointer)).filter((s) => s !== void 0);
    return [...new Set(this.evidence.authorsOf(file, spans).flatMap((p) => this.personOf(p.identity)?.id ?? []))].sort();
  }
  /**
   * Policy persons the source proves approved these lines as they now are, with the roles each is proven
   * to hold, and what the source saw when it proves none: for a new edit (a loosening of the gate), never
   * an approval inherited from the base. Empty unless the evidence comes from the policy's own source; a
   * declaration in a file proves nothing here.
   */
  provenApprovers(file, pointer) {
    const source = this.policy.approvalSource.kind;
    if (source === "declared" || source === "none" || !this.evidence || this.evidence.source !== source) return { approvers: [] };
    const span = this.span(file, pointer);
    if (!span) return { approvers: [] };
    const result = this.evidence.approvalsOf(file, span);
    const byPerson = /* @__PURE__ */ new Map();
    for (const proof of result.proofs) {
      const approver = this.personOf(proof.identity);
      if (!approver) continue;
      const entry = byPerson.get(approver.id) ?? { approver, proofs: [] };
      entry.proofs.push(proof);
      byPerson.set(approver.id, entry);
    }
    const approvers = [...byPerson.values()].map(({ approver, proofs }) => ({ person: approver.id, roles: this.heldRoles(approver, proofs), how: proofs.map((p) => p.how).join("; ") })).sort((a, b) => a.person < b.person ? -1 : a.person > b.person ? 1 : 0);
    return { approvers, ...result.note !== void 0 ? { note: result.note } : {} };
  }
  counts() {
    const statuses = [...this.seen.values()];
    return {
      source: this.policy.approvalSource.kind,
      ...this.evidence ? { evidence: this.evidence.description } : {},
      verified: statuses.filter((s) => s === "verified").length,
      declared: statuses.filter((s) => s === "declared").length,
      unverified: statuses.filter((s) => s === "unverified").length
    };
  }
  judge(at, person) {
    const approver = this.policy.approvers.get(person);
    const policyRoles = approver?.roles ?? [];
    const source = this.policy.approvalSource.kind;
    if (source === "declared") return { status: "declared", roles: policyRoles, detail: "declared in the file, not verified (the policy trusts declared approvals)" };
    if (source === "none") return { status: "unverified", roles: [], detail: "the policy names no approval source, so nothing proves who wrote it" };
    if (!this.evidence) return { status: "unverified", roles: [], detail: `the policy requires ${source}, which this run could not consult (see docs/formats.md, approval sources)` };
    if (this.evidence.source !== source) {
      return { status: "unverified", roles: [], detail: `the policy requires ${source}, but this run could only consult ${this.evidence.source}` };
    }
    const inherited = this.evidence.inherited?.(at.file);
    if (inherited !== void 0) return { status: "verified", roles: policyRoles, detail: inherited };
    const span = this.span(at.file, at.pointer);
    if (!span) return { status: "unverified", roles: [], detail: `its position in ${at.file} is unknown` };
    const result = this.evidence.approvalsOf(at.file, span);
    const own = result.proofs.filter((p) => this.personOf(p.identity)?.id === person);
    if (own.length === 0) {
      const others = result.proofs.map((p) => `${this.describeIdentity(p.identity)} (${p.how})`);
      const seen = others.length > 0 ? `; proven instead: ${others.join(", ")}` : "";
      return { status: "unverified", roles: [], detail: `no ${PROOF_NOUNS[source]} by ${person} backs it${result.note ? ` (${result.note})` : ""}${seen}` };
    }
    return { status: "verified", roles: approver ? this.heldRoles(approver, own) : [], detail: own.map((p) => p.how).join("; ") };
  }
  /** Policy roles, where the policy ties a role to a team, only while a proof shows the membership. */
  heldRoles(approver, proofs) {
    const teams = this.policy.approvalSource.teams;
    return approver.roles.filter((role) => {
      const team = teams.get(role);
      if (team === void 0) return true;
      return proofs.some((p) => p.identity.kind === "github-login" && (p.identity.teams ?? []).some((t) => t.toLowerCase() === team.toLowerCase()));
    });
  }
  personOf(identity2) {
    if (identity2.kind === "person") return this.policy.approvers.get(identity2.id);
    const approvers = [...this.policy.approvers.values()];
    if (identity2.kind === "gitlab-username") {
      const username = identity2.username.toLowerCase();
      return approvers.find((a) => a.gitlab?.toLowerCase() === username);
    }
    const login = identity2.login.toLowerCase();
    return approvers.find((a) => a.github?.toLowerCase() === login);
  }
  describeIdentity(identity2) {
    const person = this.personOf(identity2);
    if (identity2.kind === "person") return identity2.id;
    const handle = `@${identity2.kind === "gitlab-username" ? identity2.username : identity2.login}`;
    return person ? `${person.id} (${handle})` : `${handle}, who is not an approver of the policy`;
  }
  span(file, pointer) {
    const doc = this.documents.get(file);
    if (!doc) return void 0;
    const range = locate(doc, pointer);
    return { line: range.line, endLine: range.endLine };
  }
};

// src/model/build.ts
var TIMELINE_STATES = /* @__PURE__ */ new Set(["proposed", "approved", "scheduled", "in-progress"]);
var DEFAULT_CAPACITY_LOSS = {
  "software-upgrade": 1,
  "config-push": 1,
  reconnection: 1,
  "capacity-add": 1,
  "capacity-remove": 1,
  restart: 1,
  drain: 0,
  isolate: 1,
  restore: 0
};
function revisionOf(changeRequest) {
  const { approvals: _approvals, state: _state, ...content } = changeRequest;
  return "sha256:" + sha256Hex(stableStringify(content));
}
var ModelBuilder = class {
  problems = [];
  problem(problem) {
    this.problems.push(problem);
  }
  // Per namespace: the first place each id was defined, and the first id seen for each skeleton.
  namespaces = /* @__PURE__ */ new Map();
  /** Registers an id in a namespace, reporting a duplicate. Returns false for a duplicate. */
  claim(namespace, id, at) {
    let ns = this.namespaces.get(namespace);
    if (!ns) this.namespaces.set(namespace, ns = { firstSeen: /* @__PURE__ */ new Map(), skeletons: /* @__PURE__ */ new Map() });
    const skeleton = idSkeleton(id);
    const lookalike = ns.skeletons.get(skeleton);
    if (lookalike !== void 0 && lookalike !== id) {
      this.problem({
        ruleId: "reference-integrity",
        messageId: "confusableId",
        message: `${namespace} id "${id}" differs from "${lookalike}" (${ns.firstSeen.get(lookalike)?.file}) only by letter case or look-alike characters; ids must be distinguishable`,
        at: { file: at.file, pointer: at.pointer + "/id" },
        data: { kind: namespace, id, other: lookalike }
      });
    }
    if (lookalike === void 0) ns.skeletons.set(skeleton, id);
    const previous = ns.firstSeen.get(id);
    if (previous) {
      this.problem({
        ruleId: "reference-integrity",
        messageId: "duplicateId",
        message: `duplicate ${namespace} id "${id}": already defined in ${previous.file} (${previous.pointer})`,
        at: { file: at.file, pointer: at.pointer + "/id" },
        data: { kind: namespace, id, firstFile: previous.file }
      });
      return false;
    }
    ns.firstSeen.set(id, at);
    return true;
  }
  /** Reports a reference that does not resolve, with a "did you mean" among known ids. */
  resolve(kind, id, known, where, changeId) {
    if (known.has(id)) return true;
    const at = typeof where === "function" ? where() : where;
    const suggestion = didYouMean(id, known.keys());
    this.problem({
      ruleId: "reference-integrity",
      messageId: "unknownReference",
      message: `unknown ${kind} "${id}"` + (suggestion ? `; did you mean "${suggestion}"?` : ""),
      at,
      data: { kind, id, ...suggestion ? { suggestion } : {} },
      ...changeId ? { changeId } : {}
    });
    return false;
  }
  instant(text, zone, at, changeId) {
    const parsed = parseInstant(text, zone);
    if (parsed.ok) return parsed.ms;
    this.problem({
      ruleId: "schema-valid",
      messageId: parsed.reason === "invalid" || parsed.reason === "bad-zone" ? "badFormat" : `${parsed.reason}LocalTime`,
      message: parsed.message,
      at,
      data: { value: text, zone },
      ...changeId ? { changeId } : {}
    });
    return void 0;
  }
  window(startText, endText, zone, at, changeId) {
    const start = this.instant(startText, zone, { file: at.file, pointer: at.pointer + "/start" }, changeId);
    const end = this.instant(endText, zone, { file: at.file, pointer: at.pointer + "/end" }, changeId);
    if (start === void 0 || end === void 0) return void 0;
    if (end <= start) {
      this.problem({
        ruleId: "schema-valid",
        messageId: "endNotAfterStart",
        message: `the window ends (${endText}) ${end === start ? "when it starts" : "before it starts"} (${startText}); end must be after start`,
        at: { file: at.file, pointer: at.pointer + "/end" },
        data: { start: startText, end: endText },
        ...changeId ? { changeId } : {}
      });
      return void 0;
    }
    return { start, end };
  }
};
var CONFUSABLES = {
  \u0430: "a",
  \u0432: "b",
  \u0435: "e",
  \u043A: "k",
  \u043C: "m",
  \u043D: "h",
  \u043E: "o",
  \u0440: "p",
  \u0441: "c",
  \u0442: "t",
  \u0443: "y",
  \u0445: "x",
  \u0456: "i",
  \u0458: "j",
  \u0455: "s",
  "\u0501": "d",
  "\u04CF": "l",
  \u03B1: "a",
  \u03B2: "b",
  \u03B5: "e",
  \u03B7: "n",
  \u03B9: "i",
  \u03BA: "k",
  \u03BC: "u",
  \u03BD: "v",
  \u03BF: "o",
  \u03C1: "p",
  \u03C4: "t",
  \u03C5: "u",
  \u03C7: "x",
  \u0131: "i"
};
function idSkeleton(id) {
  if (/^[\x20-\x7e]*$/.test(id)) return id.toLowerCase();
  let out = "";
  for (const ch of id.normalize("NFKC").toLowerCase()) out += CONFUSABLES[ch] ?? ch;
  return out;
}
function copyWith(raw, extra) {
  const copy = {};
  copyInto(copy, raw);
  copyInto(copy, extra);
  return copy;
}
function copyWithAt(raw, at) {
  const copy = {};
  copyInto(copy, raw);
  defineOwn(copy, "at", at);
  return copy;
}
function copyInto(copy, source) {
  const keys = Object.keys(source);
  for (let i = 0; i < keys.length; i++) defineOwn(copy, keys[i], source[keys[i]]);
}
function ref(file, ...tokens) {
  return { file, pointer: pointerOf(tokens) };
}
function itemRef(file, section, index) {
  return { file, pointer: `/${section}/${index}` };
}
function fieldRef(at, field) {
  return { file: at.file, pointer: `${at.pointer}/${field}` };
}
function buildInventory(b, docs) {
  const inv = {
    sites: /* @__PURE__ */ new Map(),
    callServers: /* @__PURE__ */ new Map(),
    redundancyGroups: /* @__PURE__ */ new Map(),
    switches: /* @__PURE__ */ new Map(),
    trunks: /* @__PURE__ */ new Map(),
    psaps: /* @__PURE__ */ new Map(),
    emergencyNumbers: /* @__PURE__ */ new Map(),
    testNumbers: /* @__PURE__ */ new Map()
  };
  const declaredGroupEmergency = /* @__PURE__ */ new Map();
  for (const { file, value } of docs) {
    (value.sites ?? []).forEach((s, i) => {
      const at = itemRef(file, "sites", i);
      if (b.claim("site", s.id, at)) inv.sites.set(s.id, copyWithAt(s, at));
    });
    (value.redundancyGroups ?? []).forEach((g, i) => {
      const at = itemRef(file, "redundancyGroups", i);
      if (b.claim("redundancy group", g.id, at)) {
        inv.redundancyGroups.set(g.id, { id: g.id, name: g.name, emergency: g.emergency ?? false, members: [], at });
        declaredGroupEmergency.set(g.id, g.emergency ?? false);
      }
    });
    (value.callServers ?? []).forEach((s, i) => {
      const at = itemRef(file, "callServers", i);
      if (b.claim("call server", s.id, at)) inv.callServers.set(s.id, copyWith(s, { vendor: s.vendor ?? "", at }));
    });
    (value.switches ?? []).forEach((s, i) => {
      const at = itemRef(file, "switches", i);
      if (b.claim("switch", s.id, at)) inv.switches.set(s.id, copyWithAt(s, at));
    });
    (value.trunks ?? []).forEach((t, i) => {
      const at = itemRef(file, "trunks", i);
      if (b.claim("trunk", t.id, at)) inv.trunks.set(t.id, copyWithAt(t, at));
    });
    (value.psaps ?? []).forEach((p, i) => {
      const at = itemRef(file, "psaps", i);
      if (b.claim("PSAP", p.id, at)) inv.psaps.set(p.id, copyWithAt(p, at));
    });
    (value.emergencyNumbers ?? []).forEach(
      (n, i) => {
        const at = ref(file, "emergencyNumbers", i);
        if (!b.claim("emergency number", n.number, { file, pointer: at.pointer })) return;
        inv.emergencyNumbers.set(n.number, {
          number: n.number,
          name: n.name,
          psaps: n.psaps,
          routes: n.routes.map((r, k) => copyWith(r, { at: ref(file, "emergencyNumbers", i, "routes", k) })),
          at
        });
      }
    );
    (value.testNumbers ?? []).forEach((n, i) => {
      const at = ref(file, "testNumbers", i);
      if (b.claim("test number", n.number, at)) inv.testNumbers.set(n.number, { number: n.number, name: n.name, at });
    });
  }
  for (const test of inv.testNumbers.values()) {
    if (!inv.emergencyNumbers.has(test.number)) continue;
    b.problem({
      ruleId: "reference-integrity",
      messageId: "duplicateId",
      message: `test number "${test.number}" is an emergency number of the inventory (${inv.emergencyNumbers.get(test.number)?.at.file}); remove it from testNumbers`,
      at: { file: test.at.file, pointer: test.at.pointer + "/number" },
      data: { kind: "test number", id: test.number }
    });
    inv.testNumbers.delete(test.number);
  }
  for (const server of inv.callServers.values()) {
    b.resolve("site", server.site, inv.sites, () => ({ file: server.at.file, pointer: server.at.pointer + "/site" }));
    const group = inv.redundancyGroups.get(server.redundancyGroup);
    if (group) {
      group.members.push(server.id);
      if (server.emergency) group.emergency = true;
    } else {
      b.resolve("redundancy group", server.redundancyGroup, inv.redundancyGroups, {
        file: server.at.file,
        pointer: server.at.pointer + "/redundancyGroup"
      });
    }
  }
  for (const group of inv.redundancyGroups.values()) group.members.sort();
  for (const sw of inv.switches.values()) {
    if (sw.site !== void 0) b.resolve("site", sw.site, inv.sites, { file: sw.at.file, pointer: sw.at.pointer + "/site" });
  }
  for (const trunk of inv.trunks.values()) {
    b.resolve("call server", trunk.callServer, inv.callServers, () => ({ file: trunk.at.file, pointer: trunk.at.pointer + "/callServer" }));
    b.resolve("switch", trunk.switch, inv.switches, () => ({ file: trunk.at.file, pointer: trunk.at.pointer + "/switch" }));
  }
  for (const number of inv.emergencyNumbers.values()) {
    number.psaps.forEach(
      (p, k) => b.resolve("PSAP", p, inv.psaps, { file: number.at.file, pointer: `${number.at.pointer}/psaps/${k}` })
    );
    for (const route of number.routes) {
      const okServer = b.resolve("call server", route.callServer, inv.callServers, { file: route.at.file, pointer: route.at.pointer + "/callServer" });
      const okTrunk = b.resolve("trunk", route.trunk, inv.trunks, { file: route.at.file, pointer: route.at.pointer + "/trunk" });
      b.resolve("switch", route.switch, inv.switches, { file: route.at.file, pointer: route.at.pointer + "/switch" });
      b.resolve("PSAP", route.psap, inv.psaps, { file: route.at.file, pointer: route.at.pointer + "/psap" });
      const trunk = inv.trunks.get(route.trunk);
      if (okServer && okTrunk && trunk && trunk.callServer !== route.callServer) {
        b.problem({
          ruleId: "reference-integrity",
          messageId: "routeMismatch",
          message: `trunk "${route.trunk}" belongs to call server "${trunk.callServer}", not "${route.callServer}"`,
          at: { file: route.at.file, pointer: route.at.pointer + "/trunk" },
          data: { trunk: route.trunk, expected: trunk.callServer, actual: route.callServer }
        });
      }
      if (okTrunk && trunk && inv.switches.has(route.switch) && trunk.switch !== route.switch) {
        b.problem({
          ruleId: "reference-integrity",
          messageId: "routeMismatch",
          message: `trunk "${route.trunk}" goes to switch "${trunk.switch}", not "${route.switch}"`,
          at: { file: route.at.file, pointer: route.at.pointer + "/switch" },
          data: { trunk: route.trunk, expected: trunk.switch, actual: route.switch }
        });
      }
      if (inv.psaps.has(route.psap) && !number.psaps.includes(route.psap)) {
        b.problem({
          ruleId: "reference-integrity",
          messageId: "routeMismatch",
          message: `route reaches PSAP "${route.psap}", which is not listed in the psaps of number ${number.number}`,
          at: { file: route.at.file, pointer: route.at.pointer + "/psap" },
          data: { psap: route.psap, number: number.number }
        });
      }
    }
  }
  return inv;
}
function buildForecast(doc) {
  const { file, value } = doc;
  const profile = (dayType, fallback) => {
    const p = value.profiles[dayType] ?? value.profiles[fallback];
    return {
      totalSessions: p.totalSessions,
      totalCps: p.totalCps,
      emergencySessions: p.emergencySessions,
      emergencyCps: p.emergencyCps,
      at: ref(file, "profiles", value.profiles[dayType] ? dayType : fallback)
    };
  };
  return {
    timeZone: value.timeZone,
    profiles: { weekday: profile("weekday", "weekday"), weekend: profile("weekend", "weekend"), holiday: profile("holiday", "weekend") },
    holidays: new Set(value.holidays ?? []),
    at: ref(file)
  };
}
function buildCatalog(b, doc) {
  const { file, value } = doc;
  const catalog = { versions: /* @__PURE__ */ new Map(), knownBad: [], qualifications: [], at: ref(file) };
  (value.versions ?? []).forEach((v, i) => {
    const at = ref(file, "versions", i);
    const key = `${v.platform}@${v.version}`;
    if (b.claim("catalog version", key, at)) catalog.versions.set(key, { platform: v.platform, version: v.version, status: v.status, at });
  });
  (value.knownBad ?? []).forEach((k, i) => {
    catalog.knownBad.push({ ...k, at: ref(file, "knownBad", i) });
  });
  (value.qualifications ?? []).forEach((q, i) => {
    catalog.qualifications.push({ signature: q.signature, platform: q.platform, groups: q.groups, evidence: q.evidence, approvals: q.approvals, at: ref(file, "qualifications", i) });
  });
  return catalog;
}
var DEFAULT_WAIVER_APPROVALS = [
  { severity: "notice", approvers: 1, role: "cab" },
  { severity: "warning", approvers: 1, role: "cab" },
  { severity: "error", approvers: 2, role: "cab" },
  { minRisk: "critical", approvers: 2, role: "cab" }
];
function approvalSourceOf(file, value) {
  if (!value) return { kind: "none", teams: /* @__PURE__ */ new Map(), at: ref(file) };
  const folder = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
  return {
    kind: value.kind,
    ...value.kind === "signed-commits" ? { allowedSigners: folder + (value.allowedSigners ?? "allowed_signers") } : {},
    teams: new Map(Object.entries(value.teams ?? {})),
    at: ref(file, "approvalSource")
  };
}
function buildPolicy(b, doc) {
  const { file, value } = doc;
  const zone = value.timeZone;
  const policy = {
    timeZone: zone,
    maintenanceWindows: (value.maintenanceWindows ?? []).map((w, i) => ({
      ...w,
      at: ref(file, "maintenanceWindows", i)
    })),
    freezePeriods: [],
    approvers: /* @__PURE__ */ new Map(),
    approvalSource: approvalSourceOf(file, value.approvalSource),
    waiverApprovals: (value.waiverApprovals ?? DEFAULT_WAIVER_APPROVALS).map((w, i) => ({
      ...w,
      at: value.waiverApprovals ? ref(file, "waiverApprovals", i) : ref(file)
    })),
    rules: /* @__PURE__ */ new Map(),
    at: ref(file)
  };
  (value.freezePeriods ?? []).forEach((f, i) => {
    const at = ref(file, "freezePeriods", i);
    const window = b.window(f.start, f.end, zone, at);
    if (window && b.claim("freeze period", f.id, at)) policy.freezePeriods.push({ id: f.id, reason: f.reason, ...window, at });
  });
  (value.approvers ?? []).forEach((a, i) => {
    const at = ref(file, "approvers", i);
    if (b.claim("approver", a.id, at)) policy.approvers.set(a.id, copyWith(a, { at }));
  });
  for (const [ruleId, override] of Object.entries(value.rules ?? {})) {
    policy.rules.set(ruleId, { ...override, at: ref(file, "rules", ruleId) });
  }
  return policy;
}
var TARGET_SITES = ["targets", "sites"];
var TARGET_SERVERS = ["targets", "callServers"];
var TARGET_TRUNKS = ["targets", "trunks"];
var DEPENDS_ON = ["dependsOn"];
function resolveStepList(b, kind, ids, known, file, index, field, changeId) {
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    if (!known.has(id)) b.resolve(kind, id, known, ref(file, "steps", index, ...field, k), changeId);
  }
}
function buildChange(b, doc, inv, networkZone) {
  const { file, value } = doc;
  const id = value.id;
  const at = ref(file);
  const stepIds = new Set((value.steps ?? []).map((s) => s.id));
  const steps = [];
  const seenSteps = /* @__PURE__ */ new Map();
  (value.steps ?? []).forEach((s, index) => {
    const stepAt = itemRef(file, "steps", index);
    const raw = s;
    if (seenSteps.has(raw.id)) {
      b.problem({
        ruleId: "reference-integrity",
        messageId: "duplicateId",
        message: `duplicate step id "${raw.id}" in ${id}: already used by step ${(seenSteps.get(raw.id) ?? 0) + 1}`,
        at: { file, pointer: stepAt.pointer + "/id" },
        data: { kind: "step", id: raw.id },
        changeId: id
      });
      return;
    }
    seenSteps.set(raw.id, index);
    const targets = { sites: raw.targets.sites ?? [], callServers: raw.targets.callServers ?? [], trunks: raw.targets.trunks ?? [] };
    resolveStepList(b, "site", targets.sites, inv.sites, file, index, TARGET_SITES, id);
    resolveStepList(b, "call server", targets.callServers, inv.callServers, file, index, TARGET_SERVERS, id);
    resolveStepList(b, "trunk", targets.trunks, inv.trunks, file, index, TARGET_TRUNKS, id);
    const dependsOn = raw.dependsOn ?? [];
    resolveStepList(b, `step of ${id}`, dependsOn, stepIds, file, index, DEPENDS_ON, id);
    const zone = raw.window.timeZone ?? networkZone;
    const windowAt = fieldRef(stepAt, "window");
    const window = b.window(raw.window.start, raw.window.end, zone, windowAt, id);
    if (!window) return;
    const step = {
      id: raw.id,
      key: `${id}#${raw.id}`,
      index,
      changeId: id,
      action: raw.action,
      description: raw.description,
      targets,
      window: { start: window.start, end: window.end, timeZone: zone, at: windowAt },
      dependsOn,
      software: raw.software ? copyWith(raw.software, { at: fieldRef(stepAt, "software") }) : void 0,
      procedure: raw.procedure,
      artefacts: (raw.artefacts ?? []).map((a, k) => ({ name: a.name, sha256: a.sha256, index: k })),
      rollback: raw.rollback ? {
        procedure: raw.rollback.procedure,
        minutes: raw.rollback.minutes,
        includesTrafficRecovery: raw.rollback.includesTrafficRecovery ?? false,
        ...raw.rollback.recovery ? { recovery: { of: raw.rollback.recovery.of, minutes: raw.rollback.recovery.minutes } } : {},
        at: fieldRef(stepAt, "rollback")
      } : void 0,
      // Read-only from here on; no rule locates a single test call, so no copy with a position each.
      testCalls: raw.verification?.testCalls ?? [],
      capacityLoss: raw.capacityLoss ?? DEFAULT_CAPACITY_LOSS[raw.action],
      capacityChange: raw.capacityChange,
      at: stepAt
    };
    steps.push(step);
  });
  const notify = (value.notify ?? []).map(
    (n, i) => {
      (n.psaps ?? []).forEach((p, k) => b.resolve("PSAP", p, inv.psaps, () => ref(file, "notify", i, "psaps", k), id));
      return copyWith(n, { psaps: n.psaps ?? [], at: ref(file, "notify", i) });
    }
  );
  const approvals = (value.approvals ?? []).map((a, i) => copyWith(a, { ref: ref(file, "approvals", i) }));
  const change = {
    id,
    title: value.title,
    owner: value.owner,
    purpose: value.purpose ?? "",
    declaredRisk: value.declaredRisk,
    state: value.state,
    capacityUpgrade: value.capacityUpgrade ?? false,
    approvals,
    notify,
    steps,
    revision: doc.revision ?? revisionOf(value),
    // Set when its execution record is read: present on every change request, one hidden class.
    record: void 0,
    file,
    at
  };
  if (value.escalation) change.escalation = copyWith(value.escalation, { at: ref(file, "escalation") });
  return change;
}
function buildInventoryReusing(memo, b, docs) {
  const known = reusedInventory(memo, docs);
  if (known) {
    for (const p of known.problems) b.problem(p);
    return known.built;
  }
  const before = b.problems.length;
  const inventory = buildInventory(b, docs);
  rememberInventory(memo, docs, inventory, b.problems.slice(before));
  return inventory;
}
function buildChangeReusing(memo, b, doc, inv, networkZone) {
  const known = reusedChange(memo, doc, networkZone);
  if (known) {
    for (const p of known.problems) b.problem(p);
    return known.change;
  }
  const before = b.problems.length;
  const change = buildChange(b, doc, inv, networkZone);
  rememberChange(memo, doc, networkZone, change, b.problems.slice(before));
  return change;
}
function buildRecord(b, doc, changes, inv, zone) {
  const { file, value } = doc;
  const changeId = value.change;
  if (!b.resolve("change request", changeId, changes, ref(file, "change"))) return void 0;
  const change = changes.get(changeId);
  const stepIds = new Set(change.steps.map((s) => s.id));
  const record = { change: changeId, steps: /* @__PURE__ */ new Map(), notifications: [], file, at: ref(file) };
  (value.steps ?? []).forEach(
    (raw, i) => {
      const at = ref(file, "steps", i);
      if (!b.resolve(`step of ${changeId}`, raw.step, stepIds, ref(file, "steps", i, "step"), changeId)) return;
      const previous = record.steps.get(raw.step);
      if (previous) {
        b.problem({
          ruleId: "reference-integrity",
          messageId: "duplicateId",
          message: `step ${raw.step} is recorded twice (first at ${previous.at.pointer}); a step has one record entry: its start, and its end and result once finished`,
          at: { file, pointer: at.pointer + "/step" },
          data: { kind: "step record", id: raw.step },
          changeId
        });
        return;
      }
      let start;
      let end;
      if (raw.end !== void 0) {
        const window = b.window(raw.start, raw.end, zone, at, changeId);
        if (!window) return;
        ({ start, end } = window);
      } else {
        start = b.instant(raw.start, zone, ref(file, "steps", i, "start"), changeId);
      }
      if (start === void 0) return;
      const targets = raw.targets ? { sites: raw.targets.sites ?? [], callServers: raw.targets.callServers ?? [], trunks: raw.targets.trunks ?? [] } : void 0;
      targets?.sites.forEach((t, k) => b.resolve("site", t, inv.sites, () => ref(file, "steps", i, "targets", "sites", k), changeId));
      targets?.callServers.forEach((t, k) => b.resolve("call server", t, inv.callServers, () => ref(file, "steps", i, "targets", "callServers", k), changeId));
      targets?.trunks.forEach((t, k) => b.resolve("trunk", t, inv.trunks, () => ref(file, "steps", i, "targets", "trunks", k), changeId));
      const testCalls = (raw.testCalls ?? []).flatMap((call, k) => {
        b.resolve("emergency number", call.number, inv.emergencyNumbers, () => ref(file, "steps", i, "testCalls", k, "number"), changeId);
        const placed = b.instant(call.at, zone, ref(file, "steps", i, "testCalls", k, "at"), changeId);
        return placed === void 0 ? [] : [{ number: call.number, at: placed, answered: call.answered, ...call.from !== void 0 ? { from: call.from } : {} }];
      });
      const entry = { step: raw.step, start, operator: raw.operator, testCalls, at };
      if (end !== void 0) entry.end = end;
      if (raw.result !== void 0) entry.result = raw.result;
      if (targets) entry.targets = targets;
      if (raw.note !== void 0) entry.note = raw.note;
      record.steps.set(raw.step, entry);
    }
  );
  const parties = new Set(change.notify.map((n) => n.name));
  (value.notifications ?? []).forEach((raw, i) => {
    const at = ref(file, "notifications", i);
    const known = b.resolve(`notify entry of ${changeId}`, raw.party, parties, ref(file, "notifications", i, "party"), changeId);
    const sentAt = b.instant(raw.sentAt, zone, ref(file, "notifications", i, "sentAt"), changeId);
    if (!known || sentAt === void 0) return;
    const notice = { party: raw.party, sentAt, to: raw.to, at };
    if (raw.by !== void 0) notice.by = raw.by;
    record.notifications.push(notice);
  });
  return record;
}
function single(b, docs, kind, what) {
  const [first, ...rest] = docs;
  for (const extra of rest) {
    b.problem({
      ruleId: "reference-integrity",
      messageId: "duplicateDocument",
      message: `a second ${what} (kind ${kind}); the repository must hold exactly one, the first is ${first?.file}`,
      at: { file: extra.file, pointer: "/kind" },
      data: { kind, first: first?.file ?? "" }
    });
  }
  return first;
}
function buildNetwork(docs, options) {
  const b = new ModelBuilder();
  const byKind = (kind) => docs.filter((d) => d.kind === kind).sort((x, y) => x.file < y.file ? -1 : 1);
  const inventoryDocs = byKind("Inventory");
  const memo = options.builtModel;
  const inventory = memo ? buildInventoryReusing(memo, b, inventoryDocs) : buildInventory(b, inventoryDocs);
  const forecastDoc = single(b, byKind("TrafficForecast"), "TrafficForecast", "traffic forecast");
  const catalogDoc = single(b, byKind("SoftwareCatalog"), "SoftwareCatalog", "software catalog");
  const policyDoc = single(b, byKind("Policy"), "Policy", "policy");
  const missing = [];
  if (inventoryDocs.length === 0) missing.push("Inventory");
  if (!forecastDoc) missing.push("TrafficForecast");
  if (!catalogDoc) missing.push("SoftwareCatalog");
  if (!policyDoc) missing.push("Policy");
  const forecast = forecastDoc ? buildForecast(forecastDoc) : void 0;
  const catalog = catalogDoc ? buildCatalog(b, catalogDoc) : void 0;
  const policy = policyDoc ? buildPolicy(b, policyDoc) : void 0;
  const zone = policy?.timeZone ?? forecast?.timeZone ?? "UTC";
  const allChanges = [];
  for (const doc of byKind("ChangeRequest")) {
    const change = memo ? buildChangeReusing(memo, b, doc, inventory, zone) : buildChange(b, doc, inventory, zone);
    if (b.claim("change request", change.id, { file: doc.file, pointer: "" })) allChanges.push(change);
  }
  allChanges.sort((x, y) => x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  const changeIds = new Map(allChanges.map((c) => [c.id, c]));
  const records = [];
  for (const doc of byKind("ExecutionRecord")) {
    const record = buildRecord(b, doc, changeIds, inventory, zone);
    if (!record) continue;
    const change = changeIds.get(record.change);
    if (change.record) {
      b.problem({
        ruleId: "reference-integrity",
        messageId: "duplicateDocument",
        message: `a second execution record for ${record.change}; the first is ${change.record.file}. Keep one record per change request`,
        at: { file: doc.file, pointer: "/change" },
        data: { kind: "ExecutionRecord", first: change.record.file },
        changeId: record.change
      });
      continue;
    }
    change.record = record;
    records.push(record);
  }
  records.sort((x, y) => x.change < y.change ? -1 : 1);
  const waivers = [];
  for (const doc of byKind("Waiver")) {
    const v = doc.value;
    const at = ref(doc.file);
    if (!b.claim("waiver", v.id, at)) continue;
    const expires = b.instant(v.expires, zone, ref(doc.file, "expires"));
    const changeKnown = b.resolve("change request", v.change, changeIds, ref(doc.file, "change"));
    if (changeKnown && v.step !== void 0) {
      const stepIds = new Set((changeIds.get(v.change)?.steps ?? []).map((s) => s.id));
      b.resolve(`step of ${v.change}`, v.step, stepIds, ref(doc.file, "step"));
    }
    if (expires === void 0) continue;
    waivers.push({
      id: v.id,
      rule: v.rule,
      change: v.change,
      justification: v.justification,
      approvedBy: typeof v.approvedBy === "string" ? [v.approvedBy] : v.approvedBy,
      approvedByPointers: typeof v.approvedBy === "string" ? ["/approvedBy"] : v.approvedBy.map((_, i) => `/approvedBy/${i}`),
      ...v.requestedBy !== void 0 ? { requestedBy: v.requestedBy } : {},
      ...v.element !== void 0 ? { element: v.element } : {},
      ticket: v.ticket,
      expires,
      at,
      ...v.step !== void 0 ? { step: v.step } : {}
    });
  }
  waivers.sort((x, y) => x.id < y.id ? -1 : 1);
  if (!forecast || !catalog || !policy || missing.length > 0) return { problems: b.problems, missing };
  const considered = allChanges.filter((c) => TIMELINE_STATES.has(c.state) || options.includeDrafts && c.state === "draft");
  return {
    network: { inventory, forecast, catalog, policy, changes: considered, allChanges, waivers, records },
    problems: b.problems,
    missing
  };
}

// src/engine/settings.ts
var FIXED_SEVERITY_RULES = /* @__PURE__ */ new Set(["policy-loosening"]);
function resolveRuleSettings(rules, policy) {
  const problems = [];
  const byId = new Map(rules.map((r) => [r.id, r]));
  for (const [id, override] of policy?.rules ?? []) {
    if (!byId.has(id)) {
      const suggestion = didYouMean(id, byId.keys());
      problems.push({
        at: override.at,
        atKey: true,
        messageId: "unknownRule",
        message: `unknown rule "${id}" in the policy's rules` + (suggestion ? `; did you mean "${suggestion}"?` : "; `changegate rules` lists them"),
        data: { rule: id, ...suggestion ? { suggestion } : {} }
      });
    }
  }
  const effective = rules.map((rule) => {
    const override = policy?.rules.get(rule.id);
    let severity = override?.severity ?? rule.defaultSeverity;
    if ((rule.category === "input" || FIXED_SEVERITY_RULES.has(rule.id)) && severity !== "error") {
      problems.push({
        at: { file: override?.at.file ?? "", pointer: (override?.at.pointer ?? "") + "/severity" },
        atKey: false,
        messageId: "inputRuleFixed",
        message: rule.category === "input" ? `${rule.id} checks whether the repository can be read at all; its severity cannot be changed` : `${rule.id} guards the policy itself, so the policy cannot change its severity`,
        data: { rule: rule.id }
      });
      severity = "error";
    }
    if (rule.mayBeOff === false && severity === "off") {
      problems.push({
        at: { file: override?.at.file ?? "", pointer: (override?.at.pointer ?? "") + "/severity" },
        atKey: false,
        messageId: "ruleCannotBeOff",
        message: `${rule.id} cannot be switched off; set it to warning or error${rule.id === "unread-file" ? ", and list what may be ignored under exclude in changegate.yaml" : ""}`,
        data: { rule: rule.id }
      });
      severity = rule.defaultSeverity;
    }
    const options = { ...rule.defaultOptions, ...override?.options ?? {} };
    if (override?.options === void 0) return { rule, severity, options };
    const validate = validatorForSchema(rule.optionsSchema);
    if (!validate(options)) {
      for (const error of validate.errors ?? []) {
        const extra = error.params.additionalProperty;
        const pointerSuffix = extra !== void 0 ? `/${extra}` : error.instancePath;
        const retired = extra !== void 0 ? rule.retiredOptions?.[extra] : void 0;
        const suggestion = extra !== void 0 && retired === void 0 ? didYouMean(extra, Object.keys(rule.optionsSchema.properties)) : void 0;
        problems.push({
          at: { file: override?.at.file ?? "", pointer: `${override?.at.pointer ?? ""}/options${pointerSuffix}` },
          atKey: extra !== void 0,
          messageId: "badOption",
          message: retired !== void 0 ? `option "${extra}" of rule ${rule.id} was removed: ${retired}` : extra !== void 0 ? `unknown option "${extra}" for rule ${rule.id}` + (suggestion ? `; did you mean "${suggestion}"?` : `; its options are: ${Object.keys(rule.optionsSchema.properties).join(", ") || "none"}`) : `option ${error.instancePath.slice(1) || "(options)"} of rule ${rule.id} ${error.message ?? "is invalid"}`,
          data: { rule: rule.id, ...extra !== void 0 ? { option: extra } : {}, ...suggestion ? { suggestion } : {} }
        });
      }
      return { rule, severity, options: { ...rule.defaultOptions } };
    }
    return { rule, severity, options };
  });
  return { effective, problems };
}

// src/engine/evaluate.ts
function ownFindingsByChange(findings) {
  const byChange = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.changeId === void 0) continue;
    let own = byChange.get(f.changeId);
    if (!own) byChange.set(f.changeId, own = { blocking: false, warning: false });
    if (f.severity === "error" && !INPUT_RULE_IDS.has(f.ruleId)) own.blocking = true;
    else if (f.severity === "warning") own.warning = true;
  }
  return byChange;
}
function changeStatus(own, considered, verdict) {
  if (considered && own?.blocking) return "fail";
  if (!considered || verdict === "error") return "not evaluated";
  return own?.warning ? "warn" : "pass";
}
var wantsEvery = () => true;
var INPUT_RULE_IDS = /* @__PURE__ */ new Set(["yaml-syntax", "schema-valid", "reference-integrity", "gate-config", "internal-error"]);
var FindingSink = class {
  constructor(documents) {
    this.documents = documents;
  }
  documents;
  findings = [];
  add(ruleId, severity, messageId, message, at, data, extra = {}) {
    this.push(ruleId, severity, messageId, message, void 0, at, data, extra.atKey ?? false, extra.changeId, extra.stepId, extra.range);
  }
  /** A rule's finding: its message is the template filled with the data, written on its first read. */
  addFromTemplate(ruleId, severity, messageId, template, at, data, atKey, changeId, stepId) {
    this.push(ruleId, severity, messageId, void 0, template, at, data, atKey, changeId, stepId, void 0);
  }
  push(ruleId, severity, messageId, text, template, at, data, atKey, changeId, stepId, given) {
    const doc = this.documents.get(at.file);
    const range = given ?? (doc ? locate(doc, at.pointer, atKey) : { line: 1, column: 1, endLine: 1, endColumn: 1 });
    const file = at.file;
    const path = at.pointer;
    let message = text;
    let fingerprint;
    const finding = {
      ruleId,
      messageId,
      file,
      path,
      data,
      severity,
      get message() {
        return message ??= interpolate(template, data);
      },
      // Writable, as a plain property would be: callers of the public API may rewrite a finding.
      set message(text2) {
        message = text2;
      },
      line: range.line,
      column: range.column,
      endLine: range.endLine,
      endColumn: range.endColumn,
      get fingerprint() {
        return fingerprint ??= fingerprintOf({ ruleId, messageId, file, path, data });
      },
      set fingerprint(text2) {
        fingerprint = text2;
      }
    };
    if (changeId !== void 0) finding.changeId = changeId;
    if (stepId !== void 0) finding.stepId = stepId;
    this.findings.push(finding);
  }
};
function describeError(err) {
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return String(err);
}
function evaluate2(files, options) {
  const documents = /* @__PURE__ */ new Map();
  const sink = new FindingSink(documents);
  const pack = options.rules;
  let rules = pack;
  let effective = [];
  const ruleRuns = [];
  let network;
  let timeline;
  let verifier;
  let selected = [];
  let stage = "select";
  const focusChange = options.focusChange;
  const wants = focusChange === void 0 ? wantsEvery : (changeId) => changeId === focusChange;
  const internal = (err, where, at = { file: "", pointer: "" }, changeId) => sink.add("internal-error", "error", "exception", `internal error in ${where}: ${describeError(err)}. This is a bug in changegate; the verdict is error so nothing unsafe passes.`, at, { stage: where }, changeId !== void 0 ? { changeId } : {});
  try {
    const selection = selectFiles(files, options.configPath, options.limits ?? DEFAULT_LOAD_LIMITS);
    for (const [file, doc] of selection.documents) documents.set(file, doc);
    for (const p of selection.problems) sink.add(p.ruleId, "error", p.messageId, p.message, p.at, p.data, { atKey: p.atKey ?? false, ...p.range ? { range: p.range } : {} });
    selected = selection.files.map((f) => f.path);
    const configBroken = selection.problems.length > 0;
    for (const r of options.refused ?? []) {
      sink.add("gate-config", "error", "refusedPath", `${r.path} was not read: ${r.reason}`, { file: r.path, pointer: "" }, { path: r.path });
    }
    const includeDrafts = options.includeDrafts ?? selection.includeDrafts;
    const fileLimits = selection.maxFileBytes !== void 0 ? { ...options.limits ?? DEFAULT_LOAD_LIMITS, maxBytes: selection.maxFileBytes } : options.limits ?? DEFAULT_LOAD_LIMITS;
    stage = "load";
    const valid = [];
    const invalidFiles = /* @__PURE__ */ new Set();
    const ruleTests = /* @__PURE__ */ new Set();
    for (const [fileIndex, file] of selection.files.entries()) {
      options.onProgress?.({ stage: "load", done: fileIndex, total: selection.files.length });
      const limits = fileLimits;
      const truncated = file.size !== void 0 && file.size > file.bytes.length;
      if (truncated && (file.size ?? 0) <= limits.maxBytes) throw new Error(`${file.path} was read only in part`);
      const cached = truncated ? void 0 : options.documentCache?.get(file, limits);
      const loaded = truncated ? { issues: [fileTooLarge(file.size ?? 0, limits)] } : cached ?? loadYaml(file.path, file.bytes, limits);
      if (isRuleTestDocument(loaded)) {
        ruleTests.add(file.path);
        continue;
      }
      for (const issue of loaded.issues) {
        sink.findings.push({
          ruleId: "yaml-syntax",
          messageId: issue.code,
          severity: "error",
          message: issue.message,
          file: file.path,
          ...issue.range,
          path: issue.pointer ?? "",
          data: { code: issue.code },
          fingerprint: fingerprintOf({ ruleId: "yaml-syntax", messageId: issue.code, file: file.path, path: issue.pointer ?? "", data: { code: issue.code } })
        });
      }
      if (!loaded.document) {
        if (!cached) options.documentCache?.put(file, limits, { issues: loaded.issues });
        invalidFiles.add(file.path);
        continue;
      }
      documents.set(file.path, loaded.document);
      stage = "validate";
      const result = cached?.validation ?? validateDocument(loaded.document.value, file.path);
      const revision = options.documentCache && result.kind === "ChangeRequest" && result.problems.length === 0 ? cached?.revision ?? revisionOf(loaded.document.value) : void 0;
      if (!cached) options.documentCache?.put(file, limits, { document: loaded.document, issues: loaded.issues, validation: result, ...revision !== void 0 ? { revision } : {} });
      for (const p of result.problems) {
        sink.add("schema-valid", "error", p.messageId, p.message, { file: file.path, pointer: p.pointer }, p.data, { atKey: p.atKey });
      }
      if (result.problems.length > 0 || !result.kind) {
        invalidFiles.add(file.path);
        continue;
      }
      if (result.kind === "ChangegateConfig") {
        sink.add("gate-config", "error", "misplacedConfig", "a ChangegateConfig document belongs in changegate.yaml at the repository root (or the file given with --config), not among the network files", { file: file.path, pointer: "/kind" }, {});
        continue;
      }
      valid.push(revision !== void 0 ? { file: file.path, kind: result.kind, value: loaded.document.value, revision } : { file: file.path, kind: result.kind, value: loaded.document.value });
      stage = "load";
    }
    if (ruleTests.size > 0) selected = selected.filter((path) => !ruleTests.has(path));
    stage = "custom rules";
    const ruleDocs = valid.filter((d) => d.kind === "Rule");
    if (ruleDocs.length > 0) {
      valid.splice(0, valid.length, ...valid.filter((d) => d.kind !== "Rule"));
      const custom = compileCustomRulesOnce(
        options.compiledRules,
        ruleDocs.map((d) => ({ file: d.file, value: d.value, document: documents.get(d.file) })),
        new Set(pack.map((r) => r.id))
      );
      for (const p of custom.problems) sink.add("gate-config", "error", p.messageId, p.message, p.at, p.data, p.range ? { range: p.range } : {});
      rules = [...pack, ...custom.rules];
    }
    stage = "model";
    options.onProgress?.({ stage: "model", done: 0, total: 1 });
    const built = buildNetwork(valid, { includeDrafts, ...options.builtModel ? { builtModel: options.builtModel } : {} });
    const unreadableKinds = new Set([...invalidFiles].map((f) => guessKind(f, documents.get(f))));
    built.problems = built.problems.filter((p) => {
      if (p.messageId !== "unknownReference") return true;
      const kind = String(p.data.kind);
      if (INVENTORY_REFERENCE_KINDS.has(kind)) return !unreadableKinds.has("Inventory") && !unreadableKinds.has(void 0);
      if (kind === "change request" || kind.startsWith("step of ")) return !unreadableKinds.has("ChangeRequest") && !unreadableKinds.has(void 0);
      return true;
    });
    const report = (p) => sink.add(p.ruleId, "error", p.messageId, p.message, p.at, p.data, { atKey: p.atKey ?? false, ...p.changeId !== void 0 ? { changeId: p.changeId } : {} });
    built.problems.forEach(report);
    for (const kind of built.missing.filter((k) => !unreadableKinds.has(k) && !configBroken && selected.length > 0)) {
      const blockedBy = [...invalidFiles].length > 0 ? ` (${invalidFiles.size} file(s) could not be read or validated)` : "";
      sink.add("reference-integrity", "error", "missingDocument", `no valid ${kind} document was found in the repository${blockedBy}; see docs/formats.md for the layout`, { file: "", pointer: "" }, { kind });
    }
    network = built.network;
    if (network) verifier = new ApprovalVerifier(network.policy, documents, options.approvalEvidence);
    stage = "settings";
    const settings = resolveRuleSettings(rules, network?.policy);
    effective = settings.effective;
    for (const p of settings.problems) sink.add("gate-config", "error", p.messageId, p.message, p.at, p.data, { atKey: p.atKey });
    const unreadSetting = settings.effective.find((e) => e.rule.id === "unread-file");
    const unreadSeverity = unreadSetting?.severity === "error" ? "error" : "warning";
    for (const u of selection.unread) {
      sink.add(
        "unread-file",
        unreadSeverity,
        "notIncluded",
        `${u.path} declares kind ${u.kind} but is not read: it is outside the included folders (${selection.include.join(", ")}). Move it into an included folder, add its folder to include, or list it under exclude if it is not part of the network`,
        { file: u.path, pointer: "" },
        { kind: u.kind },
        { range: u.range }
      );
    }
    const baseBroken = sink.findings.some(
      (f) => INPUT_RULE_IDS.has(f.ruleId) && f.changeId === void 0 && !isChangeOrWaiverFile(f.file, valid)
    );
    if (network && !baseBroken) {
      stage = "timeline";
      options.onProgress?.({ stage: "timeline", done: 0, total: 1 });
      const timelineOptions = timelineOptionsFor(network, soakSettings(optionsOf(effective, "canary-and-soak")), options.asOf);
      timeline = buildTimeline(network, timelineOptions);
      stage = "rules";
      const runnable = settings.effective.filter((e) => e.rule.category !== "input" && e.rule.check);
      for (const [ruleIndex, { rule, severity, options: ruleOptions }] of runnable.entries()) {
        options.onProgress?.({ stage: "rules", done: ruleIndex, total: runnable.length });
        if (!rule.check) continue;
        if (severity === "off") {
          ruleRuns.push({ id: rule.id, severity, evaluated: false, findings: 0 });
          continue;
        }
        const before = sink.findings.length;
        const context = makeContext(rule, severity, ruleOptions, network, timeline, options.asOf, sink, verifier, effective, wants);
        try {
          rule.check(context);
        } catch (err) {
          sink.findings.length = before;
          if (err instanceof CustomRuleFailure) {
            sink.add("gate-config", "error", err.messageId, err.message, err.at, err.data, err.range ? { range: err.range } : {});
            ruleRuns.push({ id: rule.id, severity, evaluated: true, findings: 0 });
            continue;
          }
          internal(err, `rule ${rule.id}`);
          for (const change of network.changes) {
            if (!wants(change.id)) continue;
            const alone = { ...network, changes: [change] };
            try {
              rule.check(makeContext(rule, severity, ruleOptions, alone, buildTimeline(alone, timelineOptions), options.asOf, sink, verifier, effective, wants));
            } catch (errAlone) {
              internal(errAlone, `rule ${rule.id} on ${change.id}`, { file: change.file, pointer: "" }, change.id);
            }
          }
        }
        ruleRuns.push({ id: rule.id, severity, evaluated: true, findings: sink.findings.length - before });
      }
    }
    if (selected.length === 0 && !configBroken) {
      sink.add("gate-config", "error", "noFiles", "no YAML files were found where the configuration expects them; nothing was evaluated", { file: "", pointer: "" }, {});
    }
    if (ruleRuns.filter((r) => r.evaluated).length === 0 && !sink.findings.some((f) => INPUT_RULE_IDS.has(f.ruleId))) {
      sink.add("gate-config", "error", "noRules", "no rule was evaluated (all are off?); a gate that checks nothing cannot pass", { file: "", pointer: "" }, {});
    }
  } catch (err) {
    internal(err, `stage ${stage}`);
  }
  options.onProgress?.({ stage: "verdict", done: 0, total: 1 });
  let applied;
  const unjudged = [...sink.findings];
  try {
    applied = applyWaivers(sink, network, timeline, verifier, rules, effective, options.asOf);
  } catch (err) {
    sink.findings.length = 0;
    internal(err, "stage waivers");
    applied = { active: [...unjudged, ...sink.findings], waived: [] };
  }
  const { kept, withheld } = withholdUnresolved(applied.active, network, INPUT_RULE_IDS);
  const focus = options.focusChange;
  const inFocus = (f) => focus === void 0 || INPUT_RULE_IDS.has(f.ruleId) || concernsChange(f, focus);
  const active = focus === void 0 ? kept : kept.filter(inFocus);
  const waived = focus === void 0 ? applied.waived : applied.waived.filter(inFocus);
  active.sort(compareFindings);
  waived.sort(compareFindings);
  const steps = network ? network.changes.reduce((n, c) => n + c.steps.length, 0) : 0;
  const counts = {
    files: selected.length,
    changeRequests: network?.allChanges.length ?? 0,
    changeRequestsConsidered: network?.changes.length ?? 0,
    steps,
    intervals: timeline?.intervals.length ?? 0,
    rules: ruleRuns.filter((r) => r.evaluated).length,
    errors: active.filter((f) => f.severity === "error").length,
    warnings: active.filter((f) => f.severity === "warning").length,
    notices: active.filter((f) => f.severity === "notice").length,
    waived: waived.length
  };
  const verdict = active.some((f) => INPUT_RULE_IDS.has(f.ruleId)) || counts.rules === 0 ? "error" : counts.errors > 0 ? "fail" : counts.warnings > 0 ? "warn" : "pass";
  const considered = new Set(network?.changes.map((c) => c.id));
  const ownByChange = ownFindingsByChange(active);
  return {
    verdict,
    asOf: options.asOf,
    findings: active,
    waived,
    counts,
    rules: ruleRuns,
    settings: effective,
    changes: (network?.allChanges ?? []).map((c) => ({
      id: c.id,
      title: c.title,
      file: c.file,
      state: c.state,
      declaredRisk: c.declaredRisk,
      revision: c.revision,
      considered: considered.has(c.id),
      steps: c.steps.length,
      ...progressOfChange(c, network, options.asOf),
      status: changeStatus(ownByChange.get(c.id), considered.has(c.id), verdict)
    })),
    withheld,
    files: selected,
    customRules: rules.slice(pack.length),
    ...verifier ? { approvals: verifier.counts() } : {},
    ...network ? { network } : {},
    ...timeline ? { timeline } : {},
    documents,
    ...focus !== void 0 ? { focusChange: focus } : {}
  };
}
function progressOfChange(change, network, asOf) {
  if (!network || !change.record) return {};
  const text = progressText(change, asOf, (ms) => formatInstant(ms, network.policy.timeZone));
  return text === void 0 ? {} : { progress: text };
}
function optionsOf(effective, ruleId) {
  return effective.find((e) => e.rule.id === ruleId)?.options;
}
var INVENTORY_REFERENCE_KINDS = /* @__PURE__ */ new Set(["site", "call server", "trunk", "switch", "PSAP", "redundancy group"]);
function guessKind(file, doc) {
  const declared = doc?.value?.kind;
  if (typeof declared === "string") return declared;
  return folderKindOf(file);
}
function isChangeOrWaiverFile(file, valid) {
  const doc = valid.find((d) => d.file === file);
  if (doc) return doc.kind === "ChangeRequest" || doc.kind === "Waiver" || doc.kind === "ExecutionRecord";
  return /(^|\/)(changes|waivers|records)\//.test(file);
}
var SEVERITY_RANK = { notice: 0, warning: 1, error: 2 };
function makeContext(rule, severity, options, network, timeline, asOf, sink, approvals, effective, wants) {
  const emit = (input, at, changeId, stepId) => {
    const template = rule.messages[input.messageId];
    if (template === void 0) throw new Error(`rule ${rule.id} reported unknown message id "${input.messageId}"`);
    const capped = input.maxSeverity !== void 0 && SEVERITY_RANK[input.maxSeverity] < SEVERITY_RANK[severity] ? input.maxSeverity : severity;
    sink.addFromTemplate(rule.id, capped, input.messageId, template, at, input.data, input.atKey ?? false, changeId, stepId);
  };
  return {
    network,
    timeline,
    options,
    asOf,
    approvals,
    wants,
    optionsOf: (ruleId) => optionsOf(effective, ruleId),
    formatInstant: (ms) => formatInstant(ms, network.policy.timeZone),
    report: (input) => emit(input, input.at, input.changeId, input.stepId),
    reportStep: (step, input) => emit(input, input.at ?? step.at, step.changeId, step.id)
  };
}
function applyWaivers(sink, network, timeline, verifier, rules, effective, asOf) {
  const active = [];
  const waived = [];
  const waivers = network?.waivers ?? [];
  const byRule = new Map(rules.map((r) => [r.id, r]));
  const used = /* @__PURE__ */ new Set();
  const findings = [...sink.findings];
  sink.findings.length = 0;
  const usable = waivers.filter((w) => {
    const rule = byRule.get(w.rule);
    if (!rule) {
      sink.add("gate-config", "error", "waiverUnknownRule", `waiver ${w.id} names rule "${w.rule}", which does not exist`, { file: w.at.file, pointer: "/rule" }, { waiver: w.id, rule: w.rule });
      return false;
    }
    if (!rule.waivable || INPUT_RULE_IDS.has(rule.id)) {
      sink.add("gate-config", "error", "waiverNotAllowed", `waiver ${w.id} targets ${w.rule}, whose findings cannot be waived`, { file: w.at.file, pointer: "/rule" }, { waiver: w.id, rule: w.rule });
      return false;
    }
    if (asOf !== void 0 && w.expires <= asOf) {
      sink.add("waiver-validity", "warning", "expired", `waiver ${w.id} expired on ${formatInstant(w.expires, network?.policy.timeZone ?? "UTC")}; it no longer covers ${w.rule} findings of ${w.change}`, { file: w.at.file, pointer: "/expires" }, { waiver: w.id, rule: w.rule, change: w.change });
      return false;
    }
    if (rule.waiverScope && w.element === void 0) {
      const field = rule.waiverScope.field;
      const named = [...new Set(findings.filter((f) => f.ruleId === w.rule && f.changeId === w.change && f.data[field] !== void 0).map((f) => String(f.data[field])))].sort();
      sink.add(
        "waiver-validity",
        "error",
        "scopeMissing",
        `waiver ${w.id} does not name the element it covers: each ${w.rule} finding is about ${rule.waiverScope.description}, and a waiver covers exactly one. Add element: <one of ${named.length > 0 ? named.join(", ") : "the values its findings name"}>, one waiver per element.`,
        { file: w.at.file, pointer: "/rule" },
        { waiver: w.id, rule: w.rule, change: w.change, field, named },
        { changeId: w.change }
      );
      return false;
    }
    return true;
  });
  const judge = network && verifier ? new WaiverJudge(network, timeline, verifier, sink, riskSettings(optionsOf(effective, "risk-classification"))) : void 0;
  for (const finding of findings) {
    const waiver = INPUT_RULE_IDS.has(finding.ruleId) ? void 0 : usable.find((w) => w.rule === finding.ruleId && w.change === finding.changeId && (w.step === void 0 || w.step === finding.stepId) && inScope(w, finding, byRule.get(w.rule)));
    if (!waiver) {
      active.push(finding);
      continue;
    }
    used.add(waiver.id);
    const rule = byRule.get(finding.ruleId);
    if (unwaivableMessageIds(rule).includes(finding.messageId)) {
      judge?.refuseUnwaivable(waiver, finding);
      active.push(finding);
    } else if (judge?.approves(waiver, finding)) waived.push({ ...finding, waivedBy: waiver.id });
    else active.push(finding);
  }
  for (const w of usable) {
    if (!used.has(w.id)) {
      sink.add("waiver-validity", "warning", "unmatched", `waiver ${w.id} matches no finding of ${w.rule} on ${w.change}${w.step ? ` step ${w.step}` : ""}${w.element !== void 0 ? ` about ${w.element}` : ""}; remove it or correct it`, { file: w.at.file, pointer: "/rule" }, { waiver: w.id, rule: w.rule, change: w.change });
    }
  }
  active.push(...sink.findings);
  return { active, waived };
}
function inScope(waiver, finding, rule) {
  const scope = rule?.waiverScope;
  return scope === void 0 || String(finding.data[scope.field]) === waiver.element;
}
var RISK_ORDER = ["low", "medium", "high", "critical"];
var WaiverJudge = class {
  constructor(network, timeline, verifier, sink, riskOptions) {
    this.network = network;
    this.timeline = timeline;
    this.verifier = verifier;
    this.sink = sink;
    this.riskOptions = riskOptions;
  }
  network;
  timeline;
  verifier;
  sink;
  riskOptions;
  reported = /* @__PURE__ */ new Set();
  riskOf = /* @__PURE__ */ new Map();
  refuseUnwaivable(waiver, finding) {
    const key = `${waiver.id}|unwaivable|${finding.messageId}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.sink.add(
      "waiver-validity",
      "error",
      "unwaivable",
      `waiver ${waiver.id} cannot cover ${finding.ruleId} findings "${finding.messageId}" on ${waiver.change}: no waiver may allow this, whoever approves it (see docs/rules/${finding.ruleId}.md). The finding stays blocking; change the plan instead.`,
      { file: waiver.at.file, pointer: "/rule" },
      { waiver: waiver.id, rule: waiver.rule, change: waiver.change, messageId: finding.messageId },
      { changeId: waiver.change }
    );
  }
  approves(waiver, finding) {
    const change = this.network.allChanges.find((c) => c.id === waiver.change);
    const risk = change ? this.changeRisk(change.id) : "critical";
    const matching = this.network.policy.waiverApprovals.filter(
      (r) => (r.severity === void 0 || r.severity === finding.severity) && (r.minRisk === void 0 || RISK_ORDER.indexOf(risk) >= RISK_ORDER.indexOf(r.minRisk)) && (r.severity !== void 0 || r.minRisk !== void 0)
    );
    const required = Math.max(1, ...matching.map((r) => r.approvers));
    const roles = [...new Set(matching.map((r) => r.role))].sort();
    const owner = change?.owner;
    const authors = /* @__PURE__ */ new Set([...waiver.requestedBy !== void 0 ? [waiver.requestedBy] : [], ...this.verifier.authorsOf(waiver.at.file, waiver.approvedByPointers)]);
    const counted = [];
    const refused = [];
    waiver.approvedBy.forEach((person, i) => {
      const approver = this.network.policy.approvers.get(person);
      const verification = this.verifier.verify({ file: waiver.at.file, pointer: waiver.approvedByPointers[i] }, person);
      if (person === owner) refused.push(`${person} owns ${waiver.change}`);
      else if (authors.has(person)) refused.push(`${person} wrote the waiver`);
      else if (!approver) refused.push(`${person} is not an approver in the policy`);
      else if (verification.status === "unverified") refused.push(`${person}'s approval is not verified: ${verification.detail}`);
      else {
        const missing = roles.filter((role) => !verification.roles.includes(role));
        if (missing.length > 0) refused.push(`${person} does not hold ${missing.join(", ")}`);
        else counted.push(person);
      }
    });
    if (counted.length >= required) return true;
    const key = `${waiver.id}|${required}|${roles.join(",")}`;
    if (!this.reported.has(key)) {
      this.reported.add(key);
      const holders = [...this.network.policy.approvers.values()].filter((a) => a.id !== owner && !authors.has(a.id) && roles.every((role) => a.roles.includes(role))).map((a) => a.id).sort();
      const roleText = roles.length > 0 ? ` holding ${roles.join(" and ")}` : "";
      this.sink.add(
        "waiver-validity",
        "error",
        "notApproved",
        `waiver ${waiver.id} does not count: ${finding.severity === "error" ? "an" : "a"} ${finding.severity} of ${finding.ruleId} on ${waiver.change} (${risk} risk) needs ${required} distinct approver(s)${roleText}, other than the owner and the waiver's authors, each proven by ${this.verifier.expectedProof}; it has ${counted.length}${counted.length > 0 ? ` (${counted.join(", ")})` : ""}.${refused.length > 0 ? ` Not counted: ${refused.join("; ")}.` : ""} The finding stays blocking. Ask ${holders.length > 0 ? holders.join(", ") : `an approver${roleText} (the policy has none besides the owner and authors)`} to approve it.`,
        { file: waiver.at.file, pointer: "/approvedBy" },
        { waiver: waiver.id, rule: waiver.rule, change: waiver.change, severity: finding.severity, risk, required, roles, counted, refused, askFrom: holders },
        { changeId: waiver.change }
      );
    }
    return false;
  }
  changeRisk(changeId) {
    const known = this.riskOf.get(changeId);
    if (known) return known;
    const change = this.network.allChanges.find((c) => c.id === changeId);
    let risk = change?.declaredRisk ?? "critical";
    if (change && this.timeline && this.network.changes.includes(change)) {
      risk = higherRisk(change.declaredRisk, deriveRisk(this.network, this.timeline, change, this.riskOptions).class);
    }
    this.riskOf.set(changeId, risk);
    return risk;
  }
};

export {
  ApprovalVerifier,
  builtModelMemo,
  compiledRulesMemo,
  resolveRuleSettings,
  INPUT_RULE_IDS,
  FindingSink,
  evaluate2 as evaluate
};
