import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  CUSTOM_FORMATS,
  usePrecompiledValidators
} from "./cli-chunk-ZKHIW7JU.js";
import "./cli-chunk-W4CA3O5L.js";
import {
  __commonJS,
  __export
} from "./cli-chunk-QTBQUBZ5.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// changegate:precompiled-validators
var precompiled_validators_exports = {};
__export(precompiled_validators_exports, {
  ChangeRequest: () => ChangeRequest,
  ChangegateConfig: () => ChangegateConfig,
  ExecutionRecord: () => ExecutionRecord,
  Inventory: () => Inventory,
  Policy: () => Policy,
  Rule: () => Rule,
  SoftwareCatalog: () => SoftwareCatalog,
  TrafficForecast: () => TrafficForecast,
  Waiver: () => Waiver,
  bySchemaText: () => bySchemaText,
  ruleOptions0: () => ruleOptions0,
  ruleOptions1: () => ruleOptions1,
  ruleOptions10: () => ruleOptions10,
  ruleOptions11: () => ruleOptions11,
  ruleOptions12: () => ruleOptions12,
  ruleOptions2: () => ruleOptions2,
  ruleOptions3: () => ruleOptions3,
  ruleOptions4: () => ruleOptions4,
  ruleOptions5: () => ruleOptions5,
  ruleOptions6: () => ruleOptions6,
  ruleOptions7: () => ruleOptions7,
  ruleOptions8: () => ruleOptions8,
  ruleOptions9: () => ruleOptions9
});
var Inventory = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://changegate.dev/schemas/inventory.schema.json", "title": "changegate Inventory", "description": "Part of the network inventory of the voice core: sites, redundancy groups, call servers, PSTN transit switches, trunks, PSAPs and emergency numbers with their routes. A repository may split its inventory over several Inventory files; every section is optional and the sections of all files are merged. Identifiers must be unique across all files of the same section.", "type": "object", "required": ["kind"], "properties": { "kind": { "description": 'The document kind. Must be "Inventory" for inventory files.', "type": "string", "const": "Inventory" }, "sites": { "description": "Sites: buildings or locations hosting equipment. Each site is a failure domain; a step that targets a site puts every call server and trunk of that site at risk.", "type": "array", "items": { "$ref": "#/$defs/site", "description": "A site." } }, "redundancyGroups": { "description": "Redundancy groups: sets of call servers that back each other up.", "type": "array", "items": { "$ref": "#/$defs/redundancyGroup", "description": "A redundancy group." } }, "callServers": { "description": "Call servers: softswitch / interconnect nodes (MGCF, SBC, TDM gateway, ...).", "type": "array", "items": { "$ref": "#/$defs/callServer", "description": "A call server." } }, "switches": { "description": "PSTN transit switches that trunks connect to.", "type": "array", "items": { "$ref": "#/$defs/switch", "description": "A PSTN transit switch." } }, "trunks": { "description": "Trunks (interconnects) from a call server to a PSTN transit switch.", "type": "array", "items": { "$ref": "#/$defs/trunk", "description": "A trunk." } }, "psaps": { "description": "Public Safety Answering Points: the emergency call centres that emergency numbers reach.", "type": "array", "items": { "$ref": "#/$defs/psap", "description": "A PSAP." } }, "emergencyNumbers": { "description": "Emergency numbers with their candidate routes.", "type": "array", "items": { "$ref": "#/$defs/emergencyNumberEntry", "description": "An emergency number." } }, "testNumbers": { "description": "Test numbers that steps may call to verify their work besides the emergency numbers (test lines, probes, loop-back numbers). A test call to a number that is neither an emergency number nor a test number of the inventory is refused and does not count as verification.", "type": "array", "items": { "$ref": "#/$defs/testNumberEntry", "description": "A test number." } } }, "additionalProperties": false, "$defs": { "id": { "description": "An identifier: 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit. Identifiers are case-sensitive.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, "timeZone": { "description": 'An IANA time zone name, for example "Europe/Paris". Abbreviations such as "CET" and fixed offsets are not accepted.', "markdownDescription": "An IANA time zone name of the form `Area/Location`, e.g. `Europe/Paris`, or `UTC`.\n\nAbbreviations such as `CET` and fixed offsets such as `Etc/GMT-1` are **refused**: they do not say which region's daylight-saving rules apply. See [time zones](https://github.com/changegate/changegate/blob/v0.1.0/docs/formats.md#time-instants-time-zones-and-windows).", "examples": ["Europe/Paris", "UTC"], "type": "string", "format": "iana-time-zone" }, "text": { "description": "Free text, at least one character.", "type": "string", "minLength": 1 }, "version": { "description": 'A software version string as the vendor writes it, for example "7.4.2".', "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._+~-]{0,63}$" }, "emergencyNumber": { "description": 'An emergency short number, 2 to 6 digits, written as a quoted string (for example "112").', "type": "string", "pattern": "^[0-9]{2,6}$" }, "dialledNumber": { "description": `A dialled number: 2 to 15 digits, optionally after a leading '+', written as a quoted string (for example "112" or "+33100000001").`, "type": "string", "pattern": "^\\+?[0-9]{2,15}$" }, "capacityCount": { "description": "A capacity: an integer from 0 to 10000000.", "type": "integer", "minimum": 0, "maximum": 1e7 }, "site": { "description": "A site (building or location), which is one failure domain for power, fire and transport.", "type": "object", "required": ["id", "name", "region", "failureDomain", "timeZone"], "properties": { "id": { "$ref": "#/$defs/id", "description": 'Unique site identifier, for example "PAR1".' }, "name": { "$ref": "#/$defs/text", "description": "Human-readable site name." }, "region": { "$ref": "#/$defs/text", "description": "Administrative or operational region of the site." }, "failureDomain": { "$ref": "#/$defs/text", "description": "Failure domain label (power, fire, transport). Sites sharing a label are expected to fail together." }, "timeZone": { "$ref": "#/$defs/timeZone", "description": 'IANA time zone of the site, for example "Europe/Paris".' } }, "additionalProperties": false }, "redundancyGroup": { "description": "A redundancy group: the call servers listed with this group in their redundancyGroup field back each other up.", "type": "object", "required": ["id", "name"], "properties": { "id": { "$ref": "#/$defs/id", "description": 'Unique redundancy group identifier, for example "ECI".' }, "name": { "$ref": "#/$defs/text", "description": "Human-readable name of the group." }, "emergency": { "description": "True when the group carries emergency calls. A group is also treated as emergency when any of its members is. Default: false.", "type": "boolean", "default": false } }, "additionalProperties": false }, "callServer": { "description": "A call server (softswitch / interconnect node).", "type": "object", "required": ["id", "site", "role", "platform", "softwareVersion", "capacity", "redundancyGroup", "emergency"], "properties": { "id": { "$ref": "#/$defs/id", "description": 'Unique call server identifier, for example "par1-cs1".' }, "site": { "$ref": "#/$defs/id", "description": "Identifier of the site hosting the server." }, "role": { "description": "Function of the server in the voice core.", "type": "string", "enum": ["mgcf", "sbc", "tdm-gateway", "softswitch", "bgcf", "other"] }, "platform": { "$ref": "#/$defs/id", "description": 'Software platform identifier, matched against the software catalog, for example "vx-mgcf".' }, "vendor": { "$ref": "#/$defs/text", "description": "Vendor name (informative)." }, "softwareVersion": { "$ref": "#/$defs/version", "description": "Software version currently running, matched against the software catalog." }, "capacity": { "$ref": "#/$defs/serverCapacity", "description": "Engineered capacity of the server." }, "redundancyGroup": { "$ref": "#/$defs/id", "description": "Identifier of the redundancy group the server belongs to." }, "emergency": { "description": "True when the server carries emergency calls.", "type": "boolean" } }, "additionalProperties": false }, "serverCapacity": { "description": "Engineered capacity of a call server.", "type": "object", "required": ["sessions", "cps"], "properties": { "sessions": { "$ref": "#/$defs/capacityCount", "description": "Simultaneous sessions the server can carry." }, "cps": { "$ref": "#/$defs/capacityCount", "description": "Call attempts per second the server can accept." } }, "additionalProperties": false }, "switch": { "description": "A PSTN transit switch.", "type": "object", "required": ["id", "name"], "properties": { "id": { "$ref": "#/$defs/id", "description": 'Unique switch identifier, for example "TR-PAR-A".' }, "name": { "$ref": "#/$defs/text", "description": "Human-readable switch name." }, "site": { "$ref": "#/$defs/id", "description": "Identifier of a site of this inventory where the switch is hosted, when it is one of them." } }, "additionalProperties": false }, "trunk": { "description": "A trunk (interconnect) from a call server to a PSTN transit switch.", "type": "object", "required": ["id", "callServer", "switch", "capacity", "emergency"], "properties": { "id": { "$ref": "#/$defs/id", "description": 'Unique trunk identifier, for example "par1-cs1-tpa".' }, "callServer": { "$ref": "#/$defs/id", "description": "Identifier of the call server at this end of the trunk." }, "switch": { "$ref": "#/$defs/id", "description": "Identifier of the PSTN transit switch at the other end." }, "capacity": { "$ref": "#/$defs/trunkCapacity", "description": "Engineered capacity of the trunk." }, "emergency": { "description": "True when the trunk carries emergency calls.", "type": "boolean" } }, "additionalProperties": false }, "trunkCapacity": { "description": "Engineered capacity of a trunk.", "type": "object", "required": ["sessions"], "properties": { "sessions": { "$ref": "#/$defs/capacityCount", "description": "Simultaneous sessions (circuits or SIP channels) of the trunk." } }, "additionalProperties": false }, "psap": { "description": "A Public Safety Answering Point (emergency call centre).", "type": "object", "required": ["id", "name"], "properties": { "id": { "$ref": "#/$defs/id", "description": 'Unique PSAP identifier, for example "SAMU-75".' }, "name": { "$ref": "#/$defs/text", "description": "Human-readable PSAP name." } }, "additionalProperties": false }, "emergencyNumberEntry": { "description": "An emergency number, the PSAPs it reaches and its candidate routes.", "type": "object", "required": ["number", "name", "psaps", "routes"], "properties": { "number": { "$ref": "#/$defs/emergencyNumber", "description": 'The short number dialled, as a quoted string, for example "112".' }, "name": { "$ref": "#/$defs/text", "description": "Human-readable name of the number." }, "psaps": { "description": "Identifiers of the PSAPs this number reaches.", "type": "array", "items": { "$ref": "#/$defs/id", "description": "A PSAP identifier." }, "minItems": 1, "uniqueItems": true }, "routes": { "description": "Candidate routes of the number: call server, trunk, transit switch, PSAP.", "type": "array", "items": { "$ref": "#/$defs/route", "description": "A route." }, "minItems": 1 } }, "additionalProperties": false }, "testNumberEntry": { "description": "A number kept for test calls.", "type": "object", "required": ["number", "name"], "properties": { "number": { "$ref": "#/$defs/dialledNumber", "description": 'The number dialled, as a quoted string, for example "0800990112" or "+33100000001".' }, "name": { "$ref": "#/$defs/text", "description": 'What answers the number, for example "PAR1 test line (answering machine)".' } }, "additionalProperties": false }, "route": { "description": "One candidate route of an emergency number. The trunk must belong to the call server and end on the switch; the PSAP must be one of the number's PSAPs.", "type": "object", "required": ["callServer", "trunk", "switch", "psap"], "properties": { "callServer": { "$ref": "#/$defs/id", "description": "Identifier of the call server the route goes through." }, "trunk": { "$ref": "#/$defs/id", "description": "Identifier of the trunk the route uses (a trunk of that call server)." }, "switch": { "$ref": "#/$defs/id", "description": "Identifier of the transit switch the trunk ends on." }, "psap": { "$ref": "#/$defs/id", "description": "Identifier of the PSAP the route reaches." } }, "additionalProperties": false } } };
var func1 = Object.prototype.hasOwnProperty;
var schema32 = { "description": "A site (building or location), which is one failure domain for power, fire and transport.", "type": "object", "required": ["id", "name", "region", "failureDomain", "timeZone"], "properties": { "id": { "$ref": "#/$defs/id", "description": 'Unique site identifier, for example "PAR1".' }, "name": { "$ref": "#/$defs/text", "description": "Human-readable site name." }, "region": { "$ref": "#/$defs/text", "description": "Administrative or operational region of the site." }, "failureDomain": { "$ref": "#/$defs/text", "description": "Failure domain label (power, fire, transport). Sites sharing a label are expected to fail together." }, "timeZone": { "$ref": "#/$defs/timeZone", "description": 'IANA time zone of the site, for example "Europe/Paris".' } }, "additionalProperties": false };
var schema33 = { "description": "An identifier: 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit. Identifiers are case-sensitive.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" };
var schema34 = { "description": "Free text, at least one character.", "type": "string", "minLength": 1 };
var schema37 = { "description": 'An IANA time zone name, for example "Europe/Paris". Abbreviations such as "CET" and fixed offsets are not accepted.', "markdownDescription": "An IANA time zone name of the form `Area/Location`, e.g. `Europe/Paris`, or `UTC`.\n\nAbbreviations such as `CET` and fixed offsets such as `Etc/GMT-1` are **refused**: they do not say which region's daylight-saving rules apply. See [time zones](https://github.com/changegate/changegate/blob/v0.1.0/docs/formats.md#time-instants-time-zones-and-windows).", "examples": ["Europe/Paris", "UTC"], "type": "string", "format": "iana-time-zone" };
var pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", "u");
var func2 = require_ucs2length().default;
var formats0 = CUSTOM_FORMATS["iana-time-zone"];
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.region === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property 'region'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.failureDomain === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "failureDomain" }, message: "must have required property 'failureDomain'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.timeZone === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "timeZone" }, message: "must have required property 'timeZone'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "name" || key0 === "region" || key0 === "failureDomain" || key0 === "timeZone")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err6 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err8 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.region !== void 0) {
      let data2 = data.region;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err10 = { instancePath: instancePath + "/region", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/region", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.failureDomain !== void 0) {
      let data3 = data.failureDomain;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err12 = { instancePath: instancePath + "/failureDomain", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/failureDomain", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.timeZone !== void 0) {
      let data4 = data.timeZone;
      if (typeof data4 === "string") {
        if (!formats0.validate(data4)) {
          const err14 = { instancePath: instancePath + "/timeZone", schemaPath: "#/$defs/timeZone/format", keyword: "format", params: { format: "iana-time-zone" }, message: 'must match format "iana-time-zone"', schema: "iana-time-zone", parentSchema: schema37, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/timeZone", schemaPath: "#/$defs/timeZone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema38 = { "description": "A redundancy group: the call servers listed with this group in their redundancyGroup field back each other up.", "type": "object", "required": ["id", "name"], "properties": { "id": { "$ref": "#/$defs/id", "description": 'Unique redundancy group identifier, for example "ECI".' }, "name": { "$ref": "#/$defs/text", "description": "Human-readable name of the group." }, "emergency": { "description": "True when the group carries emergency calls. A group is also treated as emergency when any of its members is. Default: false.", "type": "boolean", "default": false } }, "additionalProperties": false };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema38.required, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema38.required, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "name" || key0 === "emergency")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.emergency !== void 0) {
      let data2 = data.emergency;
      if (typeof data2 !== "boolean") {
        const err7 = { instancePath: instancePath + "/emergency", schemaPath: "#/properties/emergency/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema38.properties.emergency.type, parentSchema: schema38.properties.emergency, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema41 = { "description": "A call server (softswitch / interconnect node).", "type": "object", "required": ["id", "site", "role", "platform", "softwareVersion", "capacity", "redundancyGroup", "emergency"], "properties": { "id": { "$ref": "#/$defs/id", "description": 'Unique call server identifier, for example "par1-cs1".' }, "site": { "$ref": "#/$defs/id", "description": "Identifier of the site hosting the server." }, "role": { "description": "Function of the server in the voice core.", "type": "string", "enum": ["mgcf", "sbc", "tdm-gateway", "softswitch", "bgcf", "other"] }, "platform": { "$ref": "#/$defs/id", "description": 'Software platform identifier, matched against the software catalog, for example "vx-mgcf".' }, "vendor": { "$ref": "#/$defs/text", "description": "Vendor name (informative)." }, "softwareVersion": { "$ref": "#/$defs/version", "description": "Software version currently running, matched against the software catalog." }, "capacity": { "$ref": "#/$defs/serverCapacity", "description": "Engineered capacity of the server." }, "redundancyGroup": { "$ref": "#/$defs/id", "description": "Identifier of the redundancy group the server belongs to." }, "emergency": { "description": "True when the server carries emergency calls.", "type": "boolean" } }, "additionalProperties": false };
var schema46 = { "description": 'A software version string as the vendor writes it, for example "7.4.2".', "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._+~-]{0,63}$" };
var pattern9 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._+~-]{0,63}$", "u");
var schema47 = { "description": "Engineered capacity of a call server.", "type": "object", "required": ["sessions", "cps"], "properties": { "sessions": { "$ref": "#/$defs/capacityCount", "description": "Simultaneous sessions the server can carry." }, "cps": { "$ref": "#/$defs/capacityCount", "description": "Call attempts per second the server can accept." } }, "additionalProperties": false };
var schema48 = { "description": "A capacity: an integer from 0 to 10000000.", "type": "integer", "minimum": 0, "maximum": 1e7 };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.sessions === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sessions" }, message: "must have required property 'sessions'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.cps === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cps" }, message: "must have required property 'cps'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "sessions" || key0 === "cps")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.sessions !== void 0) {
      let data0 = data.sessions;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/sessions", schemaPath: "#/$defs/capacityCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema48.type, parentSchema: schema48, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 1e7 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/sessions", schemaPath: "#/$defs/capacityCount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e7 }, message: "must be <= 10000000", schema: 1e7, parentSchema: schema48, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/sessions", schemaPath: "#/$defs/capacityCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema48, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.cps !== void 0) {
      let data1 = data.cps;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err6 = { instancePath: instancePath + "/cps", schemaPath: "#/$defs/capacityCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema48.type, parentSchema: schema48, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 1e7 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/cps", schemaPath: "#/$defs/capacityCount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e7 }, message: "must be <= 10000000", schema: 1e7, parentSchema: schema48, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err8 = { instancePath: instancePath + "/cps", schemaPath: "#/$defs/capacityCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema48, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.site === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "site" }, message: "must have required property 'site'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.role === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.platform === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "platform" }, message: "must have required property 'platform'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.softwareVersion === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "softwareVersion" }, message: "must have required property 'softwareVersion'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.capacity === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "capacity" }, message: "must have required property 'capacity'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.redundancyGroup === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "redundancyGroup" }, message: "must have required property 'redundancyGroup'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.emergency === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "emergency" }, message: "must have required property 'emergency'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema41.properties, key0)) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err9 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.site !== void 0) {
      let data1 = data.site;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err11 = { instancePath: instancePath + "/site", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/site", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.role !== void 0) {
      let data2 = data.role;
      if (typeof data2 !== "string") {
        const err13 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.role.type, parentSchema: schema41.properties.role, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (!(data2 === "mgcf" || data2 === "sbc" || data2 === "tdm-gateway" || data2 === "softswitch" || data2 === "bgcf" || data2 === "other")) {
        const err14 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/enum", keyword: "enum", params: { allowedValues: schema41.properties.role.enum }, message: "must be equal to one of the allowed values", schema: schema41.properties.role.enum, parentSchema: schema41.properties.role, data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.platform !== void 0) {
      let data3 = data.platform;
      if (typeof data3 === "string") {
        if (!pattern4.test(data3)) {
          const err15 = { instancePath: instancePath + "/platform", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema33, data: data3 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/platform", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.vendor !== void 0) {
      let data4 = data.vendor;
      if (typeof data4 === "string") {
        if (func2(data4) < 1) {
          const err17 = { instancePath: instancePath + "/vendor", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34, data: data4 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/vendor", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data4 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.softwareVersion !== void 0) {
      let data5 = data.softwareVersion;
      if (typeof data5 === "string") {
        if (!pattern9.test(data5)) {
          const err19 = { instancePath: instancePath + "/softwareVersion", schemaPath: "#/$defs/version/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._+~-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._+~-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._+~-]{0,63}$", parentSchema: schema46, data: data5 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/softwareVersion", schemaPath: "#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.type, parentSchema: schema46, data: data5 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.capacity !== void 0) {
      if (!validate26(data.capacity, { instancePath: instancePath + "/capacity", parentData: data, parentDataProperty: "capacity", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.redundancyGroup !== void 0) {
      let data7 = data.redundancyGroup;
      if (typeof data7 === "string") {
        if (!pattern4.test(data7)) {
          const err21 = { instancePath: instancePath + "/redundancyGroup", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema33, data: data7 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/redundancyGroup", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data7 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.emergency !== void 0) {
      let data8 = data.emergency;
      if (typeof data8 !== "boolean") {
        const err23 = { instancePath: instancePath + "/emergency", schemaPath: "#/properties/emergency/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema41.properties.emergency.type, parentSchema: schema41.properties.emergency, data: data8 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema51 = { "description": "A PSTN transit switch.", "type": "object", "required": ["id", "name"], "properties": { "id": { "$ref": "#/$defs/id", "description": 'Unique switch identifier, for example "TR-PAR-A".' }, "name": { "$ref": "#/$defs/text", "description": "Human-readable switch name." }, "site": { "$ref": "#/$defs/id", "description": "Identifier of a site of this inventory where the switch is hosted, when it is one of them." } }, "additionalProperties": false };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "name" || key0 === "site")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.site !== void 0) {
      let data2 = data.site;
      if (typeof data2 === "string") {
        if (!pattern4.test(data2)) {
          const err7 = { instancePath: instancePath + "/site", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/site", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema55 = { "description": "A trunk (interconnect) from a call server to a PSTN transit switch.", "type": "object", "required": ["id", "callServer", "switch", "capacity", "emergency"], "properties": { "id": { "$ref": "#/$defs/id", "description": 'Unique trunk identifier, for example "par1-cs1-tpa".' }, "callServer": { "$ref": "#/$defs/id", "description": "Identifier of the call server at this end of the trunk." }, "switch": { "$ref": "#/$defs/id", "description": "Identifier of the PSTN transit switch at the other end." }, "capacity": { "$ref": "#/$defs/trunkCapacity", "description": "Engineered capacity of the trunk." }, "emergency": { "description": "True when the trunk carries emergency calls.", "type": "boolean" } }, "additionalProperties": false };
var schema59 = { "description": "Engineered capacity of a trunk.", "type": "object", "required": ["sessions"], "properties": { "sessions": { "$ref": "#/$defs/capacityCount", "description": "Simultaneous sessions (circuits or SIP channels) of the trunk." } }, "additionalProperties": false };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.sessions === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sessions" }, message: "must have required property 'sessions'", schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "sessions")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema59, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.sessions !== void 0) {
      let data0 = data.sessions;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err2 = { instancePath: instancePath + "/sessions", schemaPath: "#/$defs/capacityCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema48.type, parentSchema: schema48, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 1e7 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/sessions", schemaPath: "#/$defs/capacityCount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e7 }, message: "must be <= 10000000", schema: 1e7, parentSchema: schema48, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/sessions", schemaPath: "#/$defs/capacityCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema48, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema59.type, parentSchema: schema59, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.callServer === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "callServer" }, message: "must have required property 'callServer'", schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.switch === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "switch" }, message: "must have required property 'switch'", schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.capacity === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "capacity" }, message: "must have required property 'capacity'", schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.emergency === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "emergency" }, message: "must have required property 'emergency'", schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "callServer" || key0 === "switch" || key0 === "capacity" || key0 === "emergency")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err6 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.callServer !== void 0) {
      let data1 = data.callServer;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err8 = { instancePath: instancePath + "/callServer", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/callServer", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.switch !== void 0) {
      let data2 = data.switch;
      if (typeof data2 === "string") {
        if (!pattern4.test(data2)) {
          const err10 = { instancePath: instancePath + "/switch", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/switch", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.capacity !== void 0) {
      if (!validate32(data.capacity, { instancePath: instancePath + "/capacity", parentData: data, parentDataProperty: "capacity", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.emergency !== void 0) {
      let data4 = data.emergency;
      if (typeof data4 !== "boolean") {
        const err12 = { instancePath: instancePath + "/emergency", schemaPath: "#/properties/emergency/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema55.properties.emergency.type, parentSchema: schema55.properties.emergency, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.type, parentSchema: schema55, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema61 = { "description": "A Public Safety Answering Point (emergency call centre).", "type": "object", "required": ["id", "name"], "properties": { "id": { "$ref": "#/$defs/id", "description": 'Unique PSAP identifier, for example "SAMU-75".' }, "name": { "$ref": "#/$defs/text", "description": "Human-readable PSAP name." } }, "additionalProperties": false };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "name")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.type, parentSchema: schema61, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema64 = { "description": "An emergency number, the PSAPs it reaches and its candidate routes.", "type": "object", "required": ["number", "name", "psaps", "routes"], "properties": { "number": { "$ref": "#/$defs/emergencyNumber", "description": 'The short number dialled, as a quoted string, for example "112".' }, "name": { "$ref": "#/$defs/text", "description": "Human-readable name of the number." }, "psaps": { "description": "Identifiers of the PSAPs this number reaches.", "type": "array", "items": { "$ref": "#/$defs/id", "description": "A PSAP identifier." }, "minItems": 1, "uniqueItems": true }, "routes": { "description": "Candidate routes of the number: call server, trunk, transit switch, PSAP.", "type": "array", "items": { "$ref": "#/$defs/route", "description": "A route." }, "minItems": 1 } }, "additionalProperties": false };
var schema65 = { "description": 'An emergency short number, 2 to 6 digits, written as a quoted string (for example "112").', "type": "string", "pattern": "^[0-9]{2,6}$" };
var pattern17 = new RegExp("^[0-9]{2,6}$", "u");
var func0 = require_equal().default;
var schema68 = { "description": "One candidate route of an emergency number. The trunk must belong to the call server and end on the switch; the PSAP must be one of the number's PSAPs.", "type": "object", "required": ["callServer", "trunk", "switch", "psap"], "properties": { "callServer": { "$ref": "#/$defs/id", "description": "Identifier of the call server the route goes through." }, "trunk": { "$ref": "#/$defs/id", "description": "Identifier of the trunk the route uses (a trunk of that call server)." }, "switch": { "$ref": "#/$defs/id", "description": "Identifier of the transit switch the trunk ends on." }, "psap": { "$ref": "#/$defs/id", "description": "Identifier of the PSAP the route reaches." } }, "additionalProperties": false };
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate38.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.callServer === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "callServer" }, message: "must have required property 'callServer'", schema: schema68.required, parentSchema: schema68, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.trunk === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "trunk" }, message: "must have required property 'trunk'", schema: schema68.required, parentSchema: schema68, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.switch === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "switch" }, message: "must have required property 'switch'", schema: schema68.required, parentSchema: schema68, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.psap === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "psap" }, message: "must have required property 'psap'", schema: schema68.required, parentSchema: schema68, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "callServer" || key0 === "trunk" || key0 === "switch" || key0 === "psap")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema68, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.callServer !== void 0) {
      let data0 = data.callServer;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err5 = { instancePath: instancePath + "/callServer", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/callServer", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.trunk !== void 0) {
      let data1 = data.trunk;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err7 = { instancePath: instancePath + "/trunk", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/trunk", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.switch !== void 0) {
      let data2 = data.switch;
      if (typeof data2 === "string") {
        if (!pattern4.test(data2)) {
          const err9 = { instancePath: instancePath + "/switch", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/switch", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.psap !== void 0) {
      let data3 = data.psap;
      if (typeof data3 === "string") {
        if (!pattern4.test(data3)) {
          const err11 = { instancePath: instancePath + "/psap", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema33, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/psap", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema68.type, parentSchema: schema68, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
validate38.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate37.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.number === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'", schema: schema64.required, parentSchema: schema64, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema64.required, parentSchema: schema64, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.psaps === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "psaps" }, message: "must have required property 'psaps'", schema: schema64.required, parentSchema: schema64, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.routes === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "routes" }, message: "must have required property 'routes'", schema: schema64.required, parentSchema: schema64, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "number" || key0 === "name" || key0 === "psaps" || key0 === "routes")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.number !== void 0) {
      let data0 = data.number;
      if (typeof data0 === "string") {
        if (!pattern17.test(data0)) {
          const err5 = { instancePath: instancePath + "/number", schemaPath: "#/$defs/emergencyNumber/pattern", keyword: "pattern", params: { pattern: "^[0-9]{2,6}$" }, message: 'must match pattern "^[0-9]{2,6}$"', schema: "^[0-9]{2,6}$", parentSchema: schema65, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/number", schemaPath: "#/$defs/emergencyNumber/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema65.type, parentSchema: schema65, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err7 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.psaps !== void 0) {
      let data2 = data.psaps;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err9 = { instancePath: instancePath + "/psaps", schemaPath: "#/properties/psaps/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema64.properties.psaps, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (!pattern4.test(data3)) {
              const err10 = { instancePath: instancePath + "/psaps/" + i0, schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema33, data: data3 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/psaps/" + i0, schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data2[i1], data2[j0])) {
                const err12 = { instancePath: instancePath + "/psaps", schemaPath: "#/properties/psaps/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema64.properties.psaps, data: data2 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/psaps", schemaPath: "#/properties/psaps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema64.properties.psaps.type, parentSchema: schema64.properties.psaps, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.routes !== void 0) {
      let data4 = data.routes;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err14 = { instancePath: instancePath + "/routes", schemaPath: "#/properties/routes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema64.properties.routes, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        const len1 = data4.length;
        for (let i2 = 0; i2 < len1; i2++) {
          if (!validate38(data4[i2], { instancePath: instancePath + "/routes/" + i2, parentData: data4, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/routes", schemaPath: "#/properties/routes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema64.properties.routes.type, parentSchema: schema64.properties.routes, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.type, parentSchema: schema64, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
validate37.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema73 = { "description": "A number kept for test calls.", "type": "object", "required": ["number", "name"], "properties": { "number": { "$ref": "#/$defs/dialledNumber", "description": 'The number dialled, as a quoted string, for example "0800990112" or "+33100000001".' }, "name": { "$ref": "#/$defs/text", "description": 'What answers the number, for example "PAR1 test line (answering machine)".' } }, "additionalProperties": false };
var schema74 = { "description": `A dialled number: 2 to 15 digits, optionally after a leading '+', written as a quoted string (for example "112" or "+33100000001").`, "type": "string", "pattern": "^\\+?[0-9]{2,15}$" };
var pattern23 = new RegExp("^\\+?[0-9]{2,15}$", "u");
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.number === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'", schema: schema73.required, parentSchema: schema73, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema73.required, parentSchema: schema73, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "number" || key0 === "name")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema73, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.number !== void 0) {
      let data0 = data.number;
      if (typeof data0 === "string") {
        if (!pattern23.test(data0)) {
          const err3 = { instancePath: instancePath + "/number", schemaPath: "#/$defs/dialledNumber/pattern", keyword: "pattern", params: { pattern: "^\\+?[0-9]{2,15}$" }, message: 'must match pattern "^\\+?[0-9]{2,15}$"', schema: "^\\+?[0-9]{2,15}$", parentSchema: schema74, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/number", schemaPath: "#/$defs/dialledNumber/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.type, parentSchema: schema74, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema73.type, parentSchema: schema73, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.kind.type, parentSchema: schema31.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if ("Inventory" !== data0) {
        const err3 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Inventory" }, message: "must be equal to constant", schema: "Inventory", parentSchema: schema31.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.sites !== void 0) {
      let data1 = data.sites;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate21(data1[i0], { instancePath: instancePath + "/sites/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/sites", schemaPath: "#/properties/sites/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.sites.type, parentSchema: schema31.properties.sites, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.redundancyGroups !== void 0) {
      let data3 = data.redundancyGroups;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate23(data3[i1], { instancePath: instancePath + "/redundancyGroups/" + i1, parentData: data3, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/redundancyGroups", schemaPath: "#/properties/redundancyGroups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.redundancyGroups.type, parentSchema: schema31.properties.redundancyGroups, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.callServers !== void 0) {
      let data5 = data.callServers;
      if (Array.isArray(data5)) {
        const len2 = data5.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate25(data5[i2], { instancePath: instancePath + "/callServers/" + i2, parentData: data5, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/callServers", schemaPath: "#/properties/callServers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.callServers.type, parentSchema: schema31.properties.callServers, data: data5 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.switches !== void 0) {
      let data7 = data.switches;
      if (Array.isArray(data7)) {
        const len3 = data7.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate29(data7[i3], { instancePath: instancePath + "/switches/" + i3, parentData: data7, parentDataProperty: i3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/switches", schemaPath: "#/properties/switches/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.switches.type, parentSchema: schema31.properties.switches, data: data7 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.trunks !== void 0) {
      let data9 = data.trunks;
      if (Array.isArray(data9)) {
        const len4 = data9.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate31(data9[i4], { instancePath: instancePath + "/trunks/" + i4, parentData: data9, parentDataProperty: i4, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/trunks", schemaPath: "#/properties/trunks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.trunks.type, parentSchema: schema31.properties.trunks, data: data9 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.psaps !== void 0) {
      let data11 = data.psaps;
      if (Array.isArray(data11)) {
        const len5 = data11.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!validate35(data11[i5], { instancePath: instancePath + "/psaps/" + i5, parentData: data11, parentDataProperty: i5, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/psaps", schemaPath: "#/properties/psaps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.psaps.type, parentSchema: schema31.properties.psaps, data: data11 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.emergencyNumbers !== void 0) {
      let data13 = data.emergencyNumbers;
      if (Array.isArray(data13)) {
        const len6 = data13.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!validate37(data13[i6], { instancePath: instancePath + "/emergencyNumbers/" + i6, parentData: data13, parentDataProperty: i6, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/emergencyNumbers", schemaPath: "#/properties/emergencyNumbers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.emergencyNumbers.type, parentSchema: schema31.properties.emergencyNumbers, data: data13 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.testNumbers !== void 0) {
      let data15 = data.testNumbers;
      if (Array.isArray(data15)) {
        const len7 = data15.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (!validate41(data15[i7], { instancePath: instancePath + "/testNumbers/" + i7, parentData: data15, parentDataProperty: i7, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/testNumbers", schemaPath: "#/properties/testNumbers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.testNumbers.type, parentSchema: schema31.properties.testNumbers, data: data15 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var TrafficForecast = validate43;
var schema76 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://changegate.dev/schemas/traffic-forecast.schema.json", "title": "changegate TrafficForecast", "description": "Forecast traffic of the voice core by local hour of day and day type (weekday, weekend, holiday), for all calls and for emergency calls.", "type": "object", "required": ["kind", "timeZone", "profiles"], "properties": { "kind": { "description": 'The document kind. Must be "TrafficForecast" for the traffic forecast.', "type": "string", "const": "TrafficForecast" }, "timeZone": { "$ref": "#/$defs/timeZone", "description": 'IANA time zone in which the hours of the profiles and the holiday dates are read, for example "Europe/Paris".' }, "holidays": { "description": "Local dates that use the holiday profile (or the weekend profile when no holiday profile is given).", "type": "array", "items": { "$ref": "#/$defs/date", "description": "A holiday date, YYYY-MM-DD." }, "uniqueItems": true }, "profiles": { "description": "Hourly profiles by day type. Saturday and Sunday use the weekend profile, listed holidays the holiday profile, other days the weekday profile.", "type": "object", "required": ["weekday", "weekend"], "properties": { "weekday": { "$ref": "#/$defs/profile", "description": "Profile of Monday to Friday (non-holiday)." }, "weekend": { "$ref": "#/$defs/profile", "description": "Profile of Saturday and Sunday (non-holiday)." }, "holiday": { "$ref": "#/$defs/profile", "description": "Profile of the listed holidays. When absent, holidays use the weekend profile." } }, "additionalProperties": false } }, "additionalProperties": false, "$defs": { "timeZone": { "description": 'An IANA time zone name, for example "Europe/Paris". Abbreviations such as "CET" and fixed offsets are not accepted.', "type": "string", "format": "iana-time-zone" }, "date": { "description": "A calendar date, YYYY-MM-DD.", "type": "string", "format": "date" }, "profile": { "description": "Forecast for one day type: 24 hourly values for each measure.", "type": "object", "required": ["totalSessions", "totalCps", "emergencySessions", "emergencyCps"], "properties": { "totalSessions": { "description": "Simultaneous sessions, all calls: exactly 24 non-negative numbers; index = local hour 0..23 in the forecast time zone, value = the forecast busy value of that hour.", "type": "array", "items": { "description": "Forecast busy value of one local hour.", "type": "number", "minimum": 0, "maximum": 1e8 }, "minItems": 24, "maxItems": 24 }, "totalCps": { "description": "Call attempts per second, all calls: exactly 24 non-negative numbers; index = local hour 0..23 in the forecast time zone, value = the forecast busy value of that hour.", "type": "array", "items": { "description": "Forecast busy value of one local hour.", "type": "number", "minimum": 0, "maximum": 1e8 }, "minItems": 24, "maxItems": 24 }, "emergencySessions": { "description": "Simultaneous sessions, emergency calls only: exactly 24 non-negative numbers; index = local hour 0..23 in the forecast time zone, value = the forecast busy value of that hour.", "type": "array", "items": { "description": "Forecast busy value of one local hour.", "type": "number", "minimum": 0, "maximum": 1e8 }, "minItems": 24, "maxItems": 24 }, "emergencyCps": { "description": "Call attempts per second, emergency calls only: exactly 24 non-negative numbers; index = local hour 0..23 in the forecast time zone, value = the forecast busy value of that hour.", "type": "array", "items": { "description": "Forecast busy value of one local hour.", "type": "number", "minimum": 0, "maximum": 1e8 }, "minItems": 24, "maxItems": 24 } }, "additionalProperties": false } } };
var schema77 = { "description": 'An IANA time zone name, for example "Europe/Paris". Abbreviations such as "CET" and fixed offsets are not accepted.', "type": "string", "format": "iana-time-zone" };
var schema78 = { "description": "A calendar date, YYYY-MM-DD.", "type": "string", "format": "date" };
var schema79 = { "description": "Forecast for one day type: 24 hourly values for each measure.", "type": "object", "required": ["totalSessions", "totalCps", "emergencySessions", "emergencyCps"], "properties": { "totalSessions": { "description": "Simultaneous sessions, all calls: exactly 24 non-negative numbers; index = local hour 0..23 in the forecast time zone, value = the forecast busy value of that hour.", "type": "array", "items": { "description": "Forecast busy value of one local hour.", "type": "number", "minimum": 0, "maximum": 1e8 }, "minItems": 24, "maxItems": 24 }, "totalCps": { "description": "Call attempts per second, all calls: exactly 24 non-negative numbers; index = local hour 0..23 in the forecast time zone, value = the forecast busy value of that hour.", "type": "array", "items": { "description": "Forecast busy value of one local hour.", "type": "number", "minimum": 0, "maximum": 1e8 }, "minItems": 24, "maxItems": 24 }, "emergencySessions": { "description": "Simultaneous sessions, emergency calls only: exactly 24 non-negative numbers; index = local hour 0..23 in the forecast time zone, value = the forecast busy value of that hour.", "type": "array", "items": { "description": "Forecast busy value of one local hour.", "type": "number", "minimum": 0, "maximum": 1e8 }, "minItems": 24, "maxItems": 24 }, "emergencyCps": { "description": "Call attempts per second, emergency calls only: exactly 24 non-negative numbers; index = local hour 0..23 in the forecast time zone, value = the forecast busy value of that hour.", "type": "array", "items": { "description": "Forecast busy value of one local hour.", "type": "number", "minimum": 0, "maximum": 1e8 }, "minItems": 24, "maxItems": 24 } }, "additionalProperties": false };
var formats4 = CUSTOM_FORMATS.date;
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate43.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema76.required, parentSchema: schema76, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.timeZone === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "timeZone" }, message: "must have required property 'timeZone'", schema: schema76.required, parentSchema: schema76, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.profiles === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "profiles" }, message: "must have required property 'profiles'", schema: schema76.required, parentSchema: schema76, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "timeZone" || key0 === "holidays" || key0 === "profiles")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema76, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.kind.type, parentSchema: schema76.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if ("TrafficForecast" !== data0) {
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "TrafficForecast" }, message: "must be equal to constant", schema: "TrafficForecast", parentSchema: schema76.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.timeZone !== void 0) {
      let data1 = data.timeZone;
      if (typeof data1 === "string") {
        if (!formats0.validate(data1)) {
          const err6 = { instancePath: instancePath + "/timeZone", schemaPath: "#/$defs/timeZone/format", keyword: "format", params: { format: "iana-time-zone" }, message: 'must match format "iana-time-zone"', schema: "iana-time-zone", parentSchema: schema77, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/timeZone", schemaPath: "#/$defs/timeZone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema77.type, parentSchema: schema77, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.holidays !== void 0) {
      let data2 = data.holidays;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (!formats4.validate(data3)) {
              const err8 = { instancePath: instancePath + "/holidays/" + i0, schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema78, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/holidays/" + i0, schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema78.type, parentSchema: schema78, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data2[i1], data2[j0])) {
                const err10 = { instancePath: instancePath + "/holidays", schemaPath: "#/properties/holidays/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema76.properties.holidays, data: data2 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/holidays", schemaPath: "#/properties/holidays/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema76.properties.holidays.type, parentSchema: schema76.properties.holidays, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.profiles !== void 0) {
      let data4 = data.profiles;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.weekday === void 0) {
          const err12 = { instancePath: instancePath + "/profiles", schemaPath: "#/properties/profiles/required", keyword: "required", params: { missingProperty: "weekday" }, message: "must have required property 'weekday'", schema: schema76.properties.profiles.required, parentSchema: schema76.properties.profiles, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data4.weekend === void 0) {
          const err13 = { instancePath: instancePath + "/profiles", schemaPath: "#/properties/profiles/required", keyword: "required", params: { missingProperty: "weekend" }, message: "must have required property 'weekend'", schema: schema76.properties.profiles.required, parentSchema: schema76.properties.profiles, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        for (const key1 in data4) {
          if (!(key1 === "weekday" || key1 === "weekend" || key1 === "holiday")) {
            const err14 = { instancePath: instancePath + "/profiles", schemaPath: "#/properties/profiles/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema76.properties.profiles, data: data4 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data4.weekday !== void 0) {
          let data5 = data4.weekday;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.totalSessions === void 0) {
              const err15 = { instancePath: instancePath + "/profiles/weekday", schemaPath: "#/$defs/profile/required", keyword: "required", params: { missingProperty: "totalSessions" }, message: "must have required property 'totalSessions'", schema: schema79.required, parentSchema: schema79, data: data5 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data5.totalCps === void 0) {
              const err16 = { instancePath: instancePath + "/profiles/weekday", schemaPath: "#/$defs/profile/required", keyword: "required", params: { missingProperty: "totalCps" }, message: "must have required property 'totalCps'", schema: schema79.required, parentSchema: schema79, data: data5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data5.emergencySessions === void 0) {
              const err17 = { instancePath: instancePath + "/profiles/weekday", schemaPath: "#/$defs/profile/required", keyword: "required", params: { missingProperty: "emergencySessions" }, message: "must have required property 'emergencySessions'", schema: schema79.required, parentSchema: schema79, data: data5 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data5.emergencyCps === void 0) {
              const err18 = { instancePath: instancePath + "/profiles/weekday", schemaPath: "#/$defs/profile/required", keyword: "required", params: { missingProperty: "emergencyCps" }, message: "must have required property 'emergencyCps'", schema: schema79.required, parentSchema: schema79, data: data5 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            for (const key2 in data5) {
              if (!(key2 === "totalSessions" || key2 === "totalCps" || key2 === "emergencySessions" || key2 === "emergencyCps")) {
                const err19 = { instancePath: instancePath + "/profiles/weekday", schemaPath: "#/$defs/profile/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema79, data: data5 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data5.totalSessions !== void 0) {
              let data6 = data5.totalSessions;
              if (Array.isArray(data6)) {
                if (data6.length > 24) {
                  const err20 = { instancePath: instancePath + "/profiles/weekday/totalSessions", schemaPath: "#/$defs/profile/properties/totalSessions/maxItems", keyword: "maxItems", params: { limit: 24 }, message: "must NOT have more than 24 items", schema: 24, parentSchema: schema79.properties.totalSessions, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
                if (data6.length < 24) {
                  const err21 = { instancePath: instancePath + "/profiles/weekday/totalSessions", schemaPath: "#/$defs/profile/properties/totalSessions/minItems", keyword: "minItems", params: { limit: 24 }, message: "must NOT have fewer than 24 items", schema: 24, parentSchema: schema79.properties.totalSessions, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                const len1 = data6.length;
                for (let i2 = 0; i2 < len1; i2++) {
                  let data7 = data6[i2];
                  if (typeof data7 == "number" && isFinite(data7)) {
                    if (data7 > 1e8 || isNaN(data7)) {
                      const err22 = { instancePath: instancePath + "/profiles/weekday/totalSessions/" + i2, schemaPath: "#/$defs/profile/properties/totalSessions/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema79.properties.totalSessions.items, data: data7 };
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    }
                    if (data7 < 0 || isNaN(data7)) {
                      const err23 = { instancePath: instancePath + "/profiles/weekday/totalSessions/" + i2, schemaPath: "#/$defs/profile/properties/totalSessions/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema79.properties.totalSessions.items, data: data7 };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                  } else {
                    const err24 = { instancePath: instancePath + "/profiles/weekday/totalSessions/" + i2, schemaPath: "#/$defs/profile/properties/totalSessions/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema79.properties.totalSessions.items.type, parentSchema: schema79.properties.totalSessions.items, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
              } else {
                const err25 = { instancePath: instancePath + "/profiles/weekday/totalSessions", schemaPath: "#/$defs/profile/properties/totalSessions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema79.properties.totalSessions.type, parentSchema: schema79.properties.totalSessions, data: data6 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data5.totalCps !== void 0) {
              let data8 = data5.totalCps;
              if (Array.isArray(data8)) {
                if (data8.length > 24) {
                  const err26 = { instancePath: instancePath + "/profiles/weekday/totalCps", schemaPath: "#/$defs/profile/properties/totalCps/maxItems", keyword: "maxItems", params: { limit: 24 }, message: "must NOT have more than 24 items", schema: 24, parentSchema: schema79.properties.totalCps, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                if (data8.length < 24) {
                  const err27 = { instancePath: instancePath + "/profiles/weekday/totalCps", schemaPath: "#/$defs/profile/properties/totalCps/minItems", keyword: "minItems", params: { limit: 24 }, message: "must NOT have fewer than 24 items", schema: 24, parentSchema: schema79.properties.totalCps, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                const len2 = data8.length;
                for (let i3 = 0; i3 < len2; i3++) {
                  let data9 = data8[i3];
                  if (typeof data9 == "number" && isFinite(data9)) {
                    if (data9 > 1e8 || isNaN(data9)) {
                      const err28 = { instancePath: instancePath + "/profiles/weekday/totalCps/" + i3, schemaPath: "#/$defs/profile/properties/totalCps/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema79.properties.totalCps.items, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                    if (data9 < 0 || isNaN(data9)) {
                      const err29 = { instancePath: instancePath + "/profiles/weekday/totalCps/" + i3, schemaPath: "#/$defs/profile/properties/totalCps/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema79.properties.totalCps.items, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                  } else {
                    const err30 = { instancePath: instancePath + "/profiles/weekday/totalCps/" + i3, schemaPath: "#/$defs/profile/properties/totalCps/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema79.properties.totalCps.items.type, parentSchema: schema79.properties.totalCps.items, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
              } else {
                const err31 = { instancePath: instancePath + "/profiles/weekday/totalCps", schemaPath: "#/$defs/profile/properties/totalCps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema79.properties.totalCps.type, parentSchema: schema79.properties.totalCps, data: data8 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data5.emergencySessions !== void 0) {
              let data10 = data5.emergencySessions;
              if (Array.isArray(data10)) {
                if (data10.length > 24) {
                  const err32 = { instancePath: instancePath + "/profiles/weekday/emergencySessions", schemaPath: "#/$defs/profile/properties/emergencySessions/maxItems", keyword: "maxItems", params: { limit: 24 }, message: "must NOT have more than 24 items", schema: 24, parentSchema: schema79.properties.emergencySessions, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                if (data10.length < 24) {
                  const err33 = { instancePath: instancePath + "/profiles/weekday/emergencySessions", schemaPath: "#/$defs/profile/properties/emergencySessions/minItems", keyword: "minItems", params: { limit: 24 }, message: "must NOT have fewer than 24 items", schema: 24, parentSchema: schema79.properties.emergencySessions, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
                const len3 = data10.length;
                for (let i4 = 0; i4 < len3; i4++) {
                  let data11 = data10[i4];
                  if (typeof data11 == "number" && isFinite(data11)) {
                    if (data11 > 1e8 || isNaN(data11)) {
                      const err34 = { instancePath: instancePath + "/profiles/weekday/emergencySessions/" + i4, schemaPath: "#/$defs/profile/properties/emergencySessions/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema79.properties.emergencySessions.items, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                    if (data11 < 0 || isNaN(data11)) {
                      const err35 = { instancePath: instancePath + "/profiles/weekday/emergencySessions/" + i4, schemaPath: "#/$defs/profile/properties/emergencySessions/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema79.properties.emergencySessions.items, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                  } else {
                    const err36 = { instancePath: instancePath + "/profiles/weekday/emergencySessions/" + i4, schemaPath: "#/$defs/profile/properties/emergencySessions/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema79.properties.emergencySessions.items.type, parentSchema: schema79.properties.emergencySessions.items, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
              } else {
                const err37 = { instancePath: instancePath + "/profiles/weekday/emergencySessions", schemaPath: "#/$defs/profile/properties/emergencySessions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema79.properties.emergencySessions.type, parentSchema: schema79.properties.emergencySessions, data: data10 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data5.emergencyCps !== void 0) {
              let data12 = data5.emergencyCps;
              if (Array.isArray(data12)) {
                if (data12.length > 24) {
                  const err38 = { instancePath: instancePath + "/profiles/weekday/emergencyCps", schemaPath: "#/$defs/profile/properties/emergencyCps/maxItems", keyword: "maxItems", params: { limit: 24 }, message: "must NOT have more than 24 items", schema: 24, parentSchema: schema79.properties.emergencyCps, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                if (data12.length < 24) {
                  const err39 = { instancePath: instancePath + "/profiles/weekday/emergencyCps", schemaPath: "#/$defs/profile/properties/emergencyCps/minItems", keyword: "minItems", params: { limit: 24 }, message: "must NOT have fewer than 24 items", schema: 24, parentSchema: schema79.properties.emergencyCps, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                const len4 = data12.length;
                for (let i5 = 0; i5 < len4; i5++) {
                  let data13 = data12[i5];
                  if (typeof data13 == "number" && isFinite(data13)) {
                    if (data13 > 1e8 || isNaN(data13)) {
                      const err40 = { instancePath: instancePath + "/profiles/weekday/emergencyCps/" + i5, schemaPath: "#/$defs/profile/properties/emergencyCps/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema79.properties.emergencyCps.items, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                    if (data13 < 0 || isNaN(data13)) {
                      const err41 = { instancePath: instancePath + "/profiles/weekday/emergencyCps/" + i5, schemaPath: "#/$defs/profile/properties/emergencyCps/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema79.properties.emergencyCps.items, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                  } else {
                    const err42 = { instancePath: instancePath + "/profiles/weekday/emergencyCps/" + i5, schemaPath: "#/$defs/profile/properties/emergencyCps/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema79.properties.emergencyCps.items.type, parentSchema: schema79.properties.emergencyCps.items, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
              } else {
                const err43 = { instancePath: instancePath + "/profiles/weekday/emergencyCps", schemaPath: "#/$defs/profile/properties/emergencyCps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema79.properties.emergencyCps.type, parentSchema: schema79.properties.emergencyCps, data: data12 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/profiles/weekday", schemaPath: "#/$defs/profile/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema79.type, parentSchema: schema79, data: data5 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data4.weekend !== void 0) {
          let data14 = data4.weekend;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.totalSessions === void 0) {
              const err45 = { instancePath: instancePath + "/profiles/weekend", schemaPath: "#/$defs/profile/required", keyword: "required", params: { missingProperty: "totalSessions" }, message: "must have required property 'totalSessions'", schema: schema79.required, parentSchema: schema79, data: data14 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            if (data14.totalCps === void 0) {
              const err46 = { instancePath: instancePath + "/profiles/weekend", schemaPath: "#/$defs/profile/required", keyword: "required", params: { missingProperty: "totalCps" }, message: "must have required property 'totalCps'", schema: schema79.required, parentSchema: schema79, data: data14 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (data14.emergencySessions === void 0) {
              const err47 = { instancePath: instancePath + "/profiles/weekend", schemaPath: "#/$defs/profile/required", keyword: "required", params: { missingProperty: "emergencySessions" }, message: "must have required property 'emergencySessions'", schema: schema79.required, parentSchema: schema79, data: data14 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            if (data14.emergencyCps === void 0) {
              const err48 = { instancePath: instancePath + "/profiles/weekend", schemaPath: "#/$defs/profile/required", keyword: "required", params: { missingProperty: "emergencyCps" }, message: "must have required property 'emergencyCps'", schema: schema79.required, parentSchema: schema79, data: data14 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            for (const key3 in data14) {
              if (!(key3 === "totalSessions" || key3 === "totalCps" || key3 === "emergencySessions" || key3 === "emergencyCps")) {
                const err49 = { instancePath: instancePath + "/profiles/weekend", schemaPath: "#/$defs/profile/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema79, data: data14 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data14.totalSessions !== void 0) {
              let data15 = data14.totalSessions;
              if (Array.isArray(data15)) {
                if (data15.length > 24) {
                  const err50 = { instancePath: instancePath + "/profiles/weekend/totalSessions", schemaPath: "#/$defs/profile/properties/totalSessions/maxItems", keyword: "maxItems", params: { limit: 24 }, message: "must NOT have more than 24 items", schema: 24, parentSchema: schema79.properties.totalSessions, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
                if (data15.length < 24) {
                  const err51 = { instancePath: instancePath + "/profiles/weekend/totalSessions", schemaPath: "#/$defs/profile/properties/totalSessions/minItems", keyword: "minItems", params: { limit: 24 }, message: "must NOT have fewer than 24 items", schema: 24, parentSchema: schema79.properties.totalSessions, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                const len5 = data15.length;
                for (let i6 = 0; i6 < len5; i6++) {
                  let data16 = data15[i6];
                  if (typeof data16 == "number" && isFinite(data16)) {
                    if (data16 > 1e8 || isNaN(data16)) {
                      const err52 = { instancePath: instancePath + "/profiles/weekend/totalSessions/" + i6, schemaPath: "#/$defs/profile/properties/totalSessions/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema79.properties.totalSessions.items, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                    if (data16 < 0 || isNaN(data16)) {
                      const err53 = { instancePath: instancePath + "/profiles/weekend/totalSessions/" + i6, schemaPath: "#/$defs/profile/properties/totalSessions/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema79.properties.totalSessions.items, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                  } else {
                    const err54 = { instancePath: instancePath + "/profiles/weekend/totalSessions/" + i6, schemaPath: "#/$defs/profile/properties/totalSessions/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema79.properties.totalSessions.items.type, parentSchema: schema79.properties.totalSessions.items, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
              } else {
                const err55 = { instancePath: instancePath + "/profiles/weekend/totalSessions", schemaPath: "#/$defs/profile/properties/totalSessions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema79.properties.totalSessions.type, parentSchema: schema79.properties.totalSessions, data: data15 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data14.totalCps !== void 0) {
              let data17 = data14.totalCps;
              if (Array.isArray(data17)) {
                if (data17.length > 24) {
                  const err56 = { instancePath: instancePath + "/profiles/weekend/totalCps", schemaPath: "#/$defs/profile/properties/totalCps/maxItems", keyword: "maxItems", params: { limit: 24 }, message: "must NOT have more than 24 items", schema: 24, parentSchema: schema79.properties.totalCps, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
                if (data17.length < 24) {
                  const err57 = { instancePath: instancePath + "/profiles/weekend/totalCps", schemaPath: "#/$defs/profile/properties/totalCps/minItems", keyword: "minItems", params: { limit: 24 }, message: "must NOT have fewer than 24 items", schema: 24, parentSchema: schema79.properties.totalCps, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
                const len6 = data17.length;
                for (let i7 = 0; i7 < len6; i7++) {
                  let data18 = data17[i7];
                  if (typeof data18 == "number" && isFinite(data18)) {
                    if (data18 > 1e8 || isNaN(data18)) {
                      const err58 = { instancePath: instancePath + "/profiles/weekend/totalCps/" + i7, schemaPath: "#/$defs/profile/properties/totalCps/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema79.properties.totalCps.items, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err58];
                      } else {
                        vErrors.push(err58);
                      }
                      errors++;
                    }
                    if (data18 < 0 || isNaN(data18)) {
                      const err59 = { instancePath: instancePath + "/profiles/weekend/totalCps/" + i7, schemaPath: "#/$defs/profile/properties/totalCps/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema79.properties.totalCps.items, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err59];
                      } else {
                        vErrors.push(err59);
                      }
                      errors++;
                    }
                  } else {
                    const err60 = { instancePath: instancePath + "/profiles/weekend/totalCps/" + i7, schemaPath: "#/$defs/profile/properties/totalCps/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema79.properties.totalCps.items.type, parentSchema: schema79.properties.totalCps.items, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                }
              } else {
                const err61 = { instancePath: instancePath + "/profiles/weekend/totalCps", schemaPath: "#/$defs/profile/properties/totalCps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema79.properties.totalCps.type, parentSchema: schema79.properties.totalCps, data: data17 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data14.emergencySessions !== void 0) {
              let data19 = data14.emergencySessions;
              if (Array.isArray(data19)) {
                if (data19.length > 24) {
                  const err62 = { instancePath: instancePath + "/profiles/weekend/emergencySessions", schemaPath: "#/$defs/profile/properties/emergencySessions/maxItems", keyword: "maxItems", params: { limit: 24 }, message: "must NOT have more than 24 items", schema: 24, parentSchema: schema79.properties.emergencySessions, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
                if (data19.length < 24) {
                  const err63 = { instancePath: instancePath + "/profiles/weekend/emergencySessions", schemaPath: "#/$defs/profile/properties/emergencySessions/minItems", keyword: "minItems", params: { limit: 24 }, message: "must NOT have fewer than 24 items", schema: 24, parentSchema: schema79.properties.emergencySessions, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
                const len7 = data19.length;
                for (let i8 = 0; i8 < len7; i8++) {
                  let data20 = data19[i8];
                  if (typeof data20 == "number" && isFinite(data20)) {
                    if (data20 > 1e8 || isNaN(data20)) {
                      const err64 = { instancePath: instancePath + "/profiles/weekend/emergencySessions/" + i8, schemaPath: "#/$defs/profile/properties/emergencySessions/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema79.properties.emergencySessions.items, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                    }
                    if (data20 < 0 || isNaN(data20)) {
                      const err65 = { instancePath: instancePath + "/profiles/weekend/emergencySessions/" + i8, schemaPath: "#/$defs/profile/properties/emergencySessions/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema79.properties.emergencySessions.items, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err65];
                      } else {
                        vErrors.push(err65);
                      }
                      errors++;
                    }
                  } else {
                    const err66 = { instancePath: instancePath + "/profiles/weekend/emergencySessions/" + i8, schemaPath: "#/$defs/profile/properties/emergencySessions/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema79.properties.emergencySessions.items.type, parentSchema: schema79.properties.emergencySessions.items, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
              } else {
                const err67 = { instancePath: instancePath + "/profiles/weekend/emergencySessions", schemaPath: "#/$defs/profile/properties/emergencySessions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema79.properties.emergencySessions.type, parentSchema: schema79.properties.emergencySessions, data: data19 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data14.emergencyCps !== void 0) {
              let data21 = data14.emergencyCps;
              if (Array.isArray(data21)) {
                if (data21.length > 24) {
                  const err68 = { instancePath: instancePath + "/profiles/weekend/emergencyCps", schemaPath: "#/$defs/profile/properties/emergencyCps/maxItems", keyword: "maxItems", params: { limit: 24 }, message: "must NOT have more than 24 items", schema: 24, parentSchema: schema79.properties.emergencyCps, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
                if (data21.length < 24) {
                  const err69 = { instancePath: instancePath + "/profiles/weekend/emergencyCps", schemaPath: "#/$defs/profile/properties/emergencyCps/minItems", keyword: "minItems", params: { limit: 24 }, message: "must NOT have fewer than 24 items", schema: 24, parentSchema: schema79.properties.emergencyCps, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
                const len8 = data21.length;
                for (let i9 = 0; i9 < len8; i9++) {
                  let data22 = data21[i9];
                  if (typeof data22 == "number" && isFinite(data22)) {
                    if (data22 > 1e8 || isNaN(data22)) {
                      const err70 = { instancePath: instancePath + "/profiles/weekend/emergencyCps/" + i9, schemaPath: "#/$defs/profile/properties/emergencyCps/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema79.properties.emergencyCps.items, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                    if (data22 < 0 || isNaN(data22)) {
                      const err71 = { instancePath: instancePath + "/profiles/weekend/emergencyCps/" + i9, schemaPath: "#/$defs/profile/properties/emergencyCps/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema79.properties.emergencyCps.items, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                  } else {
                    const err72 = { instancePath: instancePath + "/profiles/weekend/emergencyCps/" + i9, schemaPath: "#/$defs/profile/properties/emergencyCps/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema79.properties.emergencyCps.items.type, parentSchema: schema79.properties.emergencyCps.items, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                }
              } else {
                const err73 = { instancePath: instancePath + "/profiles/weekend/emergencyCps", schemaPath: "#/$defs/profile/properties/emergencyCps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema79.properties.emergencyCps.type, parentSchema: schema79.properties.emergencyCps, data: data21 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
          } else {
            const err74 = { instancePath: instancePath + "/profiles/weekend", schemaPath: "#/$defs/profile/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema79.type, parentSchema: schema79, data: data14 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data4.holiday !== void 0) {
          let data23 = data4.holiday;
          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            if (data23.totalSessions === void 0) {
              const err75 = { instancePath: instancePath + "/profiles/holiday", schemaPath: "#/$defs/profile/required", keyword: "required", params: { missingProperty: "totalSessions" }, message: "must have required property 'totalSessions'", schema: schema79.required, parentSchema: schema79, data: data23 };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
            if (data23.totalCps === void 0) {
              const err76 = { instancePath: instancePath + "/profiles/holiday", schemaPath: "#/$defs/profile/required", keyword: "required", params: { missingProperty: "totalCps" }, message: "must have required property 'totalCps'", schema: schema79.required, parentSchema: schema79, data: data23 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
            if (data23.emergencySessions === void 0) {
              const err77 = { instancePath: instancePath + "/profiles/holiday", schemaPath: "#/$defs/profile/required", keyword: "required", params: { missingProperty: "emergencySessions" }, message: "must have required property 'emergencySessions'", schema: schema79.required, parentSchema: schema79, data: data23 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
            if (data23.emergencyCps === void 0) {
              const err78 = { instancePath: instancePath + "/profiles/holiday", schemaPath: "#/$defs/profile/required", keyword: "required", params: { missingProperty: "emergencyCps" }, message: "must have required property 'emergencyCps'", schema: schema79.required, parentSchema: schema79, data: data23 };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
            for (const key4 in data23) {
              if (!(key4 === "totalSessions" || key4 === "totalCps" || key4 === "emergencySessions" || key4 === "emergencyCps")) {
                const err79 = { instancePath: instancePath + "/profiles/holiday", schemaPath: "#/$defs/profile/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema79, data: data23 };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
            if (data23.totalSessions !== void 0) {
              let data24 = data23.totalSessions;
              if (Array.isArray(data24)) {
                if (data24.length > 24) {
                  const err80 = { instancePath: instancePath + "/profiles/holiday/totalSessions", schemaPath: "#/$defs/profile/properties/totalSessions/maxItems", keyword: "maxItems", params: { limit: 24 }, message: "must NOT have more than 24 items", schema: 24, parentSchema: schema79.properties.totalSessions, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
                if (data24.length < 24) {
                  const err81 = { instancePath: instancePath + "/profiles/holiday/totalSessions", schemaPath: "#/$defs/profile/properties/totalSessions/minItems", keyword: "minItems", params: { limit: 24 }, message: "must NOT have fewer than 24 items", schema: 24, parentSchema: schema79.properties.totalSessions, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
                const len9 = data24.length;
                for (let i10 = 0; i10 < len9; i10++) {
                  let data25 = data24[i10];
                  if (typeof data25 == "number" && isFinite(data25)) {
                    if (data25 > 1e8 || isNaN(data25)) {
                      const err82 = { instancePath: instancePath + "/profiles/holiday/totalSessions/" + i10, schemaPath: "#/$defs/profile/properties/totalSessions/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema79.properties.totalSessions.items, data: data25 };
                      if (vErrors === null) {
                        vErrors = [err82];
                      } else {
                        vErrors.push(err82);
                      }
                      errors++;
                    }
                    if (data25 < 0 || isNaN(data25)) {
                      const err83 = { instancePath: instancePath + "/profiles/holiday/totalSessions/" + i10, schemaPath: "#/$defs/profile/properties/totalSessions/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema79.properties.totalSessions.items, data: data25 };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                  } else {
                    const err84 = { instancePath: instancePath + "/profiles/holiday/totalSessions/" + i10, schemaPath: "#/$defs/profile/properties/totalSessions/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema79.properties.totalSessions.items.type, parentSchema: schema79.properties.totalSessions.items, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err84];
                    } else {
                      vErrors.push(err84);
                    }
                    errors++;
                  }
                }
              } else {
                const err85 = { instancePath: instancePath + "/profiles/holiday/totalSessions", schemaPath: "#/$defs/profile/properties/totalSessions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema79.properties.totalSessions.type, parentSchema: schema79.properties.totalSessions, data: data24 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data23.totalCps !== void 0) {
              let data26 = data23.totalCps;
              if (Array.isArray(data26)) {
                if (data26.length > 24) {
                  const err86 = { instancePath: instancePath + "/profiles/holiday/totalCps", schemaPath: "#/$defs/profile/properties/totalCps/maxItems", keyword: "maxItems", params: { limit: 24 }, message: "must NOT have more than 24 items", schema: 24, parentSchema: schema79.properties.totalCps, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
                if (data26.length < 24) {
                  const err87 = { instancePath: instancePath + "/profiles/holiday/totalCps", schemaPath: "#/$defs/profile/properties/totalCps/minItems", keyword: "minItems", params: { limit: 24 }, message: "must NOT have fewer than 24 items", schema: 24, parentSchema: schema79.properties.totalCps, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
                const len10 = data26.length;
                for (let i11 = 0; i11 < len10; i11++) {
                  let data27 = data26[i11];
                  if (typeof data27 == "number" && isFinite(data27)) {
                    if (data27 > 1e8 || isNaN(data27)) {
                      const err88 = { instancePath: instancePath + "/profiles/holiday/totalCps/" + i11, schemaPath: "#/$defs/profile/properties/totalCps/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema79.properties.totalCps.items, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err88];
                      } else {
                        vErrors.push(err88);
                      }
                      errors++;
                    }
                    if (data27 < 0 || isNaN(data27)) {
                      const err89 = { instancePath: instancePath + "/profiles/holiday/totalCps/" + i11, schemaPath: "#/$defs/profile/properties/totalCps/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema79.properties.totalCps.items, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err89];
                      } else {
                        vErrors.push(err89);
                      }
                      errors++;
                    }
                  } else {
                    const err90 = { instancePath: instancePath + "/profiles/holiday/totalCps/" + i11, schemaPath: "#/$defs/profile/properties/totalCps/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema79.properties.totalCps.items.type, parentSchema: schema79.properties.totalCps.items, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
              } else {
                const err91 = { instancePath: instancePath + "/profiles/holiday/totalCps", schemaPath: "#/$defs/profile/properties/totalCps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema79.properties.totalCps.type, parentSchema: schema79.properties.totalCps, data: data26 };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
            }
            if (data23.emergencySessions !== void 0) {
              let data28 = data23.emergencySessions;
              if (Array.isArray(data28)) {
                if (data28.length > 24) {
                  const err92 = { instancePath: instancePath + "/profiles/holiday/emergencySessions", schemaPath: "#/$defs/profile/properties/emergencySessions/maxItems", keyword: "maxItems", params: { limit: 24 }, message: "must NOT have more than 24 items", schema: 24, parentSchema: schema79.properties.emergencySessions, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err92];
                  } else {
                    vErrors.push(err92);
                  }
                  errors++;
                }
                if (data28.length < 24) {
                  const err93 = { instancePath: instancePath + "/profiles/holiday/emergencySessions", schemaPath: "#/$defs/profile/properties/emergencySessions/minItems", keyword: "minItems", params: { limit: 24 }, message: "must NOT have fewer than 24 items", schema: 24, parentSchema: schema79.properties.emergencySessions, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
                const len11 = data28.length;
                for (let i12 = 0; i12 < len11; i12++) {
                  let data29 = data28[i12];
                  if (typeof data29 == "number" && isFinite(data29)) {
                    if (data29 > 1e8 || isNaN(data29)) {
                      const err94 = { instancePath: instancePath + "/profiles/holiday/emergencySessions/" + i12, schemaPath: "#/$defs/profile/properties/emergencySessions/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema79.properties.emergencySessions.items, data: data29 };
                      if (vErrors === null) {
                        vErrors = [err94];
                      } else {
                        vErrors.push(err94);
                      }
                      errors++;
                    }
                    if (data29 < 0 || isNaN(data29)) {
                      const err95 = { instancePath: instancePath + "/profiles/holiday/emergencySessions/" + i12, schemaPath: "#/$defs/profile/properties/emergencySessions/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema79.properties.emergencySessions.items, data: data29 };
                      if (vErrors === null) {
                        vErrors = [err95];
                      } else {
                        vErrors.push(err95);
                      }
                      errors++;
                    }
                  } else {
                    const err96 = { instancePath: instancePath + "/profiles/holiday/emergencySessions/" + i12, schemaPath: "#/$defs/profile/properties/emergencySessions/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema79.properties.emergencySessions.items.type, parentSchema: schema79.properties.emergencySessions.items, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                }
              } else {
                const err97 = { instancePath: instancePath + "/profiles/holiday/emergencySessions", schemaPath: "#/$defs/profile/properties/emergencySessions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema79.properties.emergencySessions.type, parentSchema: schema79.properties.emergencySessions, data: data28 };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
            if (data23.emergencyCps !== void 0) {
              let data30 = data23.emergencyCps;
              if (Array.isArray(data30)) {
                if (data30.length > 24) {
                  const err98 = { instancePath: instancePath + "/profiles/holiday/emergencyCps", schemaPath: "#/$defs/profile/properties/emergencyCps/maxItems", keyword: "maxItems", params: { limit: 24 }, message: "must NOT have more than 24 items", schema: 24, parentSchema: schema79.properties.emergencyCps, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err98];
                  } else {
                    vErrors.push(err98);
                  }
                  errors++;
                }
                if (data30.length < 24) {
                  const err99 = { instancePath: instancePath + "/profiles/holiday/emergencyCps", schemaPath: "#/$defs/profile/properties/emergencyCps/minItems", keyword: "minItems", params: { limit: 24 }, message: "must NOT have fewer than 24 items", schema: 24, parentSchema: schema79.properties.emergencyCps, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err99];
                  } else {
                    vErrors.push(err99);
                  }
                  errors++;
                }
                const len12 = data30.length;
                for (let i13 = 0; i13 < len12; i13++) {
                  let data31 = data30[i13];
                  if (typeof data31 == "number" && isFinite(data31)) {
                    if (data31 > 1e8 || isNaN(data31)) {
                      const err100 = { instancePath: instancePath + "/profiles/holiday/emergencyCps/" + i13, schemaPath: "#/$defs/profile/properties/emergencyCps/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema79.properties.emergencyCps.items, data: data31 };
                      if (vErrors === null) {
                        vErrors = [err100];
                      } else {
                        vErrors.push(err100);
                      }
                      errors++;
                    }
                    if (data31 < 0 || isNaN(data31)) {
                      const err101 = { instancePath: instancePath + "/profiles/holiday/emergencyCps/" + i13, schemaPath: "#/$defs/profile/properties/emergencyCps/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema79.properties.emergencyCps.items, data: data31 };
                      if (vErrors === null) {
                        vErrors = [err101];
                      } else {
                        vErrors.push(err101);
                      }
                      errors++;
                    }
                  } else {
                    const err102 = { instancePath: instancePath + "/profiles/holiday/emergencyCps/" + i13, schemaPath: "#/$defs/profile/properties/emergencyCps/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema79.properties.emergencyCps.items.type, parentSchema: schema79.properties.emergencyCps.items, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                  }
                }
              } else {
                const err103 = { instancePath: instancePath + "/profiles/holiday/emergencyCps", schemaPath: "#/$defs/profile/properties/emergencyCps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema79.properties.emergencyCps.type, parentSchema: schema79.properties.emergencyCps, data: data30 };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
          } else {
            const err104 = { instancePath: instancePath + "/profiles/holiday", schemaPath: "#/$defs/profile/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema79.type, parentSchema: schema79, data: data23 };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
        }
      } else {
        const err105 = { instancePath: instancePath + "/profiles", schemaPath: "#/properties/profiles/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.properties.profiles.type, parentSchema: schema76.properties.profiles, data: data4 };
        if (vErrors === null) {
          vErrors = [err105];
        } else {
          vErrors.push(err105);
        }
        errors++;
      }
    }
  } else {
    const err106 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.type, parentSchema: schema76, data };
    if (vErrors === null) {
      vErrors = [err106];
    } else {
      vErrors.push(err106);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
validate43.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var SoftwareCatalog = validate44;
var schema82 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://changegate.dev/schemas/software-catalog.schema.json", "title": "changegate SoftwareCatalog", "description": "The software catalog: the qualification status of each platform version, and known-bad versions, artefacts or files that must never be deployed.", "type": "object", "required": ["kind", "versions"], "properties": { "kind": { "description": 'The document kind. Must be "SoftwareCatalog" for the software catalog.', "type": "string", "const": "SoftwareCatalog" }, "versions": { "description": "Known versions of each platform and their qualification status.", "type": "array", "items": { "$ref": "#/$defs/catalogVersion", "description": "A platform version." } }, "knownBad": { "description": "Versions, artefacts or files that must never be deployed.", "type": "array", "items": { "$ref": "#/$defs/knownBad", "description": "A known-bad entry." } }, "qualifications": { "description": "Change signatures qualified for production on a platform and named redundancy groups without a canary in this repository's record (for example a procedure proven on an identical platform elsewhere). An entry proves nothing unless it carries approvals of the qualifying role from distinct policy approvers, as many as canary-and-soak's options require.", "type": "array", "items": { "$ref": "#/$defs/qualification", "description": "A qualification entry." } } }, "additionalProperties": false, "$defs": { "id": { "description": "An identifier: 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit. Identifiers are case-sensitive.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, "version": { "description": 'A software version string as the vendor writes it, for example "7.4.2".', "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._+~-]{0,63}$" }, "sha256": { "description": "A SHA-256 digest: 64 lowercase hexadecimal characters.", "type": "string", "pattern": "^[0-9a-f]{64}$" }, "date": { "description": "A calendar date, YYYY-MM-DD.", "type": "string", "format": "date" }, "text": { "description": "Free text, at least one character.", "type": "string", "minLength": 1 }, "catalogVersion": { "description": "One version of one platform and its qualification status.", "type": "object", "required": ["platform", "version", "status"], "properties": { "platform": { "$ref": "#/$defs/id", "description": `Platform identifier, as in the call servers' platform field, for example "vx-mgcf".` }, "version": { "$ref": "#/$defs/version", "description": 'The version string, for example "7.5.0".' }, "status": { "description": 'Qualification status: "qualified" may be deployed; "in-lab" is still under test; "withdrawn" must not be deployed any more.', "type": "string", "enum": ["qualified", "in-lab", "withdrawn"] }, "qualifiedOn": { "$ref": "#/$defs/date", "description": "Date the version was qualified (informative)." }, "notes": { "$ref": "#/$defs/text", "description": "Free-text notes." } }, "additionalProperties": false }, "knownBad": { "description": "A known-bad version, artefact or file. At least one of version, artefact or sha256 is required; every field given must match for the entry to apply. Without platform, the entry applies to every platform.", "type": "object", "required": ["reason"], "properties": { "platform": { "$ref": "#/$defs/id", "description": "Platform the entry applies to; when absent, it applies to every platform." }, "version": { "$ref": "#/$defs/version", "description": "A version that must not be deployed." }, "artefact": { "$ref": "#/$defs/text", "description": "An artefact (package file name) that must not be deployed." }, "sha256": { "$ref": "#/$defs/sha256", "description": "SHA-256 of a file that must not be deployed (64 lowercase hex characters)." }, "reason": { "$ref": "#/$defs/text", "description": "Why the entry is bad; shown in findings." }, "reference": { "$ref": "#/$defs/text", "description": "Reference to a vendor advisory, incident report or ticket." } }, "additionalProperties": false, "anyOf": [{ "description": "Identified by version.", "required": ["version"], "properties": { "version": { "description": "The known-bad version." } } }, { "description": "Identified by artefact name.", "required": ["artefact"], "properties": { "artefact": { "description": "The known-bad artefact name." } } }, { "description": "Identified by file digest.", "required": ["sha256"], "properties": { "sha256": { "description": "The known-bad file digest." } } }] }, "qualification": { "description": "A change signature qualified on one platform for named redundancy groups, with the approvals that make it count.", "type": "object", "required": ["signature", "platform", "groups", "evidence", "approvals"], "properties": { "signature": { "description": 'The change signature qualified, as canary-and-soak names it: "software-upgrade:<version>", "config-push:<procedure>" or "reconnection:<procedure>".', "type": "string", "pattern": "^(software-upgrade|config-push|reconnection):.+$" }, "platform": { "$ref": "#/$defs/id", "description": "The platform it is qualified on (a call server's `platform`); a proof never carries to another platform." }, "groups": { "description": "Redundancy groups it is qualified for; a proof never carries to another group.", "type": "array", "items": { "$ref": "#/$defs/id", "description": "A redundancy group identifier." }, "minItems": 1, "uniqueItems": true }, "evidence": { "$ref": "#/$defs/text", "description": "What the qualification rests on: lab campaign, production run elsewhere, ticket." }, "approvals": { "description": "Approvals of the qualification, by policy approvers in the qualifying role (canary-and-soak's qualifyingRole).", "type": "array", "items": { "description": "One approval.", "type": "object", "required": ["by", "role"], "properties": { "by": { "$ref": "#/$defs/id", "description": "The approver (a policy approver)." }, "role": { "description": "Role in which the approval is given.", "type": "string", "pattern": "^[a-z][a-z0-9-]{0,63}$" }, "at": { "description": "When it was given (informative).", "type": "string", "minLength": 1 } }, "additionalProperties": false } } }, "additionalProperties": false } } };
var schema83 = { "description": "One version of one platform and its qualification status.", "type": "object", "required": ["platform", "version", "status"], "properties": { "platform": { "$ref": "#/$defs/id", "description": `Platform identifier, as in the call servers' platform field, for example "vx-mgcf".` }, "version": { "$ref": "#/$defs/version", "description": 'The version string, for example "7.5.0".' }, "status": { "description": 'Qualification status: "qualified" may be deployed; "in-lab" is still under test; "withdrawn" must not be deployed any more.', "type": "string", "enum": ["qualified", "in-lab", "withdrawn"] }, "qualifiedOn": { "$ref": "#/$defs/date", "description": "Date the version was qualified (informative)." }, "notes": { "$ref": "#/$defs/text", "description": "Free-text notes." } }, "additionalProperties": false };
var schema84 = { "description": "An identifier: 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit. Identifiers are case-sensitive.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" };
var schema85 = { "description": 'A software version string as the vendor writes it, for example "7.4.2".', "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._+~-]{0,63}$" };
var schema86 = { "description": "A calendar date, YYYY-MM-DD.", "type": "string", "format": "date" };
var schema87 = { "description": "Free text, at least one character.", "type": "string", "minLength": 1 };
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate45.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.platform === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "platform" }, message: "must have required property 'platform'", schema: schema83.required, parentSchema: schema83, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema83.required, parentSchema: schema83, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema83.required, parentSchema: schema83, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "platform" || key0 === "version" || key0 === "status" || key0 === "qualifiedOn" || key0 === "notes")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema83, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.platform !== void 0) {
      let data0 = data.platform;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/platform", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema84, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/platform", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema84.type, parentSchema: schema84, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (typeof data1 === "string") {
        if (!pattern9.test(data1)) {
          const err6 = { instancePath: instancePath + "/version", schemaPath: "#/$defs/version/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._+~-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._+~-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._+~-]{0,63}$", parentSchema: schema85, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/version", schemaPath: "#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema85.type, parentSchema: schema85, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data2 = data.status;
      if (typeof data2 !== "string") {
        const err8 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema83.properties.status.type, parentSchema: schema83.properties.status, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (!(data2 === "qualified" || data2 === "in-lab" || data2 === "withdrawn")) {
        const err9 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema83.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema83.properties.status.enum, parentSchema: schema83.properties.status, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.qualifiedOn !== void 0) {
      let data3 = data.qualifiedOn;
      if (typeof data3 === "string") {
        if (!formats4.validate(data3)) {
          const err10 = { instancePath: instancePath + "/qualifiedOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema86, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/qualifiedOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.type, parentSchema: schema86, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data4 = data.notes;
      if (typeof data4 === "string") {
        if (func2(data4) < 1) {
          const err12 = { instancePath: instancePath + "/notes", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema87, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/notes", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema87.type, parentSchema: schema87, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema83.type, parentSchema: schema83, data };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
validate45.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema88 = { "description": "A known-bad version, artefact or file. At least one of version, artefact or sha256 is required; every field given must match for the entry to apply. Without platform, the entry applies to every platform.", "type": "object", "required": ["reason"], "properties": { "platform": { "$ref": "#/$defs/id", "description": "Platform the entry applies to; when absent, it applies to every platform." }, "version": { "$ref": "#/$defs/version", "description": "A version that must not be deployed." }, "artefact": { "$ref": "#/$defs/text", "description": "An artefact (package file name) that must not be deployed." }, "sha256": { "$ref": "#/$defs/sha256", "description": "SHA-256 of a file that must not be deployed (64 lowercase hex characters)." }, "reason": { "$ref": "#/$defs/text", "description": "Why the entry is bad; shown in findings." }, "reference": { "$ref": "#/$defs/text", "description": "Reference to a vendor advisory, incident report or ticket." } }, "additionalProperties": false, "anyOf": [{ "description": "Identified by version.", "required": ["version"], "properties": { "version": { "description": "The known-bad version." } } }, { "description": "Identified by artefact name.", "required": ["artefact"], "properties": { "artefact": { "description": "The known-bad artefact name." } } }, { "description": "Identified by file digest.", "required": ["sha256"], "properties": { "sha256": { "description": "The known-bad file digest." } } }] };
var schema92 = { "description": "A SHA-256 digest: 64 lowercase hexadecimal characters.", "type": "string", "pattern": "^[0-9a-f]{64}$" };
var pattern28 = new RegExp("^[0-9a-f]{64}$", "u");
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate47.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema88.anyOf[0].required, parentSchema: schema88.anyOf[0], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    var props0 = {};
    props0.version = true;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.artefact === void 0) {
      const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "artefact" }, message: "must have required property 'artefact'", schema: schema88.anyOf[1].required, parentSchema: schema88.anyOf[1], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.artefact = true;
    }
  }
  const _errs4 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.sha256 === void 0) {
      const err2 = { instancePath, schemaPath: "#/anyOf/2/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema88.anyOf[2].required, parentSchema: schema88.anyOf[2], data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs4 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.sha256 = true;
    }
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema88.anyOf, parentSchema: schema88, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.reason === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema88.required, parentSchema: schema88, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "platform" || key0 === "version" || key0 === "artefact" || key0 === "sha256" || key0 === "reason" || key0 === "reference")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema88, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.platform !== void 0) {
      let data0 = data.platform;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err6 = { instancePath: instancePath + "/platform", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema84, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/platform", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema84.type, parentSchema: schema84, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (typeof data1 === "string") {
        if (!pattern9.test(data1)) {
          const err8 = { instancePath: instancePath + "/version", schemaPath: "#/$defs/version/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._+~-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._+~-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._+~-]{0,63}$", parentSchema: schema85, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/version", schemaPath: "#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema85.type, parentSchema: schema85, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.artefact !== void 0) {
      let data2 = data.artefact;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err10 = { instancePath: instancePath + "/artefact", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema87, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/artefact", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema87.type, parentSchema: schema87, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.sha256 !== void 0) {
      let data3 = data.sha256;
      if (typeof data3 === "string") {
        if (!pattern28.test(data3)) {
          const err12 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema92, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema92.type, parentSchema: schema92, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data4 = data.reason;
      if (typeof data4 === "string") {
        if (func2(data4) < 1) {
          const err14 = { instancePath: instancePath + "/reason", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema87, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/reason", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema87.type, parentSchema: schema87, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.reference !== void 0) {
      let data5 = data.reference;
      if (typeof data5 === "string") {
        if (func2(data5) < 1) {
          const err16 = { instancePath: instancePath + "/reference", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema87, data: data5 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/reference", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema87.type, parentSchema: schema87, data: data5 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema88.type, parentSchema: schema88, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate47.errors = vErrors;
  return errors === 0;
}
validate47.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema95 = { "description": "A change signature qualified on one platform for named redundancy groups, with the approvals that make it count.", "type": "object", "required": ["signature", "platform", "groups", "evidence", "approvals"], "properties": { "signature": { "description": 'The change signature qualified, as canary-and-soak names it: "software-upgrade:<version>", "config-push:<procedure>" or "reconnection:<procedure>".', "type": "string", "pattern": "^(software-upgrade|config-push|reconnection):.+$" }, "platform": { "$ref": "#/$defs/id", "description": "The platform it is qualified on (a call server's `platform`); a proof never carries to another platform." }, "groups": { "description": "Redundancy groups it is qualified for; a proof never carries to another group.", "type": "array", "items": { "$ref": "#/$defs/id", "description": "A redundancy group identifier." }, "minItems": 1, "uniqueItems": true }, "evidence": { "$ref": "#/$defs/text", "description": "What the qualification rests on: lab campaign, production run elsewhere, ticket." }, "approvals": { "description": "Approvals of the qualification, by policy approvers in the qualifying role (canary-and-soak's qualifyingRole).", "type": "array", "items": { "description": "One approval.", "type": "object", "required": ["by", "role"], "properties": { "by": { "$ref": "#/$defs/id", "description": "The approver (a policy approver)." }, "role": { "description": "Role in which the approval is given.", "type": "string", "pattern": "^[a-z][a-z0-9-]{0,63}$" }, "at": { "description": "When it was given (informative).", "type": "string", "minLength": 1 } }, "additionalProperties": false } } }, "additionalProperties": false };
var pattern29 = new RegExp("^(software-upgrade|config-push|reconnection):.+$", "u");
var pattern33 = new RegExp("^[a-z][a-z0-9-]{0,63}$", "u");
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate49.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.signature === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "signature" }, message: "must have required property 'signature'", schema: schema95.required, parentSchema: schema95, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.platform === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "platform" }, message: "must have required property 'platform'", schema: schema95.required, parentSchema: schema95, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.groups === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "groups" }, message: "must have required property 'groups'", schema: schema95.required, parentSchema: schema95, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.evidence === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "evidence" }, message: "must have required property 'evidence'", schema: schema95.required, parentSchema: schema95, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.approvals === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "approvals" }, message: "must have required property 'approvals'", schema: schema95.required, parentSchema: schema95, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "signature" || key0 === "platform" || key0 === "groups" || key0 === "evidence" || key0 === "approvals")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema95, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.signature !== void 0) {
      let data0 = data.signature;
      if (typeof data0 === "string") {
        if (!pattern29.test(data0)) {
          const err6 = { instancePath: instancePath + "/signature", schemaPath: "#/properties/signature/pattern", keyword: "pattern", params: { pattern: "^(software-upgrade|config-push|reconnection):.+$" }, message: 'must match pattern "^(software-upgrade|config-push|reconnection):.+$"', schema: "^(software-upgrade|config-push|reconnection):.+$", parentSchema: schema95.properties.signature, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/signature", schemaPath: "#/properties/signature/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema95.properties.signature.type, parentSchema: schema95.properties.signature, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.platform !== void 0) {
      let data1 = data.platform;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err8 = { instancePath: instancePath + "/platform", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema84, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/platform", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema84.type, parentSchema: schema84, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.groups !== void 0) {
      let data2 = data.groups;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err10 = { instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema95.properties.groups, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (!pattern4.test(data3)) {
              const err11 = { instancePath: instancePath + "/groups/" + i0, schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema84, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/groups/" + i0, schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema84.type, parentSchema: schema84, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data2[i1], data2[j0])) {
                const err13 = { instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema95.properties.groups, data: data2 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema95.properties.groups.type, parentSchema: schema95.properties.groups, data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.evidence !== void 0) {
      let data4 = data.evidence;
      if (typeof data4 === "string") {
        if (func2(data4) < 1) {
          const err15 = { instancePath: instancePath + "/evidence", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema87, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/evidence", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema87.type, parentSchema: schema87, data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.approvals !== void 0) {
      let data5 = data.approvals;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data6 = data5[i2];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.by === void 0) {
              const err17 = { instancePath: instancePath + "/approvals/" + i2, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'", schema: schema95.properties.approvals.items.required, parentSchema: schema95.properties.approvals.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data6.role === void 0) {
              const err18 = { instancePath: instancePath + "/approvals/" + i2, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema95.properties.approvals.items.required, parentSchema: schema95.properties.approvals.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            for (const key1 in data6) {
              if (!(key1 === "by" || key1 === "role" || key1 === "at")) {
                const err19 = { instancePath: instancePath + "/approvals/" + i2, schemaPath: "#/properties/approvals/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema95.properties.approvals.items, data: data6 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data6.by !== void 0) {
              let data7 = data6.by;
              if (typeof data7 === "string") {
                if (!pattern4.test(data7)) {
                  const err20 = { instancePath: instancePath + "/approvals/" + i2 + "/by", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema84, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/approvals/" + i2 + "/by", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema84.type, parentSchema: schema84, data: data7 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data6.role !== void 0) {
              let data8 = data6.role;
              if (typeof data8 === "string") {
                if (!pattern33.test(data8)) {
                  const err22 = { instancePath: instancePath + "/approvals/" + i2 + "/role", schemaPath: "#/properties/approvals/items/properties/role/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z][a-z0-9-]{0,63}$"', schema: "^[a-z][a-z0-9-]{0,63}$", parentSchema: schema95.properties.approvals.items.properties.role, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/approvals/" + i2 + "/role", schemaPath: "#/properties/approvals/items/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema95.properties.approvals.items.properties.role.type, parentSchema: schema95.properties.approvals.items.properties.role, data: data8 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data6.at !== void 0) {
              let data9 = data6.at;
              if (typeof data9 === "string") {
                if (func2(data9) < 1) {
                  const err24 = { instancePath: instancePath + "/approvals/" + i2 + "/at", schemaPath: "#/properties/approvals/items/properties/at/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema95.properties.approvals.items.properties.at, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = { instancePath: instancePath + "/approvals/" + i2 + "/at", schemaPath: "#/properties/approvals/items/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema95.properties.approvals.items.properties.at.type, parentSchema: schema95.properties.approvals.items.properties.at, data: data9 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/approvals/" + i2, schemaPath: "#/properties/approvals/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema95.properties.approvals.items.type, parentSchema: schema95.properties.approvals.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema95.properties.approvals.type, parentSchema: schema95.properties.approvals, data: data5 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema95.type, parentSchema: schema95, data };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate49.errors = vErrors;
  return errors === 0;
}
validate49.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate44.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema82.required, parentSchema: schema82, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.versions === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "versions" }, message: "must have required property 'versions'", schema: schema82.required, parentSchema: schema82, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "versions" || key0 === "knownBad" || key0 === "qualifications")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema82, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema82.properties.kind.type, parentSchema: schema82.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if ("SoftwareCatalog" !== data0) {
        const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "SoftwareCatalog" }, message: "must be equal to constant", schema: "SoftwareCatalog", parentSchema: schema82.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.versions !== void 0) {
      let data1 = data.versions;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate45(data1[i0], { instancePath: instancePath + "/versions/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/versions", schemaPath: "#/properties/versions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema82.properties.versions.type, parentSchema: schema82.properties.versions, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.knownBad !== void 0) {
      let data3 = data.knownBad;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate47(data3[i1], { instancePath: instancePath + "/knownBad/" + i1, parentData: data3, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/knownBad", schemaPath: "#/properties/knownBad/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema82.properties.knownBad.type, parentSchema: schema82.properties.knownBad, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.qualifications !== void 0) {
      let data5 = data.qualifications;
      if (Array.isArray(data5)) {
        const len2 = data5.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate49(data5[i2], { instancePath: instancePath + "/qualifications/" + i2, parentData: data5, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/qualifications", schemaPath: "#/properties/qualifications/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema82.properties.qualifications.type, parentSchema: schema82.properties.qualifications, data: data5 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema82.type, parentSchema: schema82, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
validate44.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var Policy = validate51;
var schema100 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://changegate.dev/schemas/policy.schema.json", "title": "changegate Policy", "description": "The change policy: maintenance windows, freeze periods, approvers, where approvals get their proof, what waivers need, and per-rule severity and options overrides.", "type": "object", "required": ["kind", "timeZone", "maintenanceWindows"], "properties": { "kind": { "description": 'The document kind. Must be "Policy" for the policy.', "type": "string", "const": "Policy" }, "timeZone": { "$ref": "#/$defs/timeZone", "description": "IANA time zone in which maintenance windows are read, and local instants without a window time zone." }, "maintenanceWindows": { "description": "Recurring local-time windows in which steps may run.", "type": "array", "items": { "$ref": "#/$defs/maintenanceWindow", "description": "A maintenance window." }, "minItems": 1 }, "freezePeriods": { "description": "Periods in which no step may run.", "type": "array", "items": { "$ref": "#/$defs/freezePeriod", "description": "A freeze period." } }, "approvers": { "description": "People who may approve change requests, with their roles.", "type": "array", "items": { "$ref": "#/$defs/approver", "description": "An approver." } }, "approvalSource": { "$ref": "#/$defs/approvalSource", "description": "Where approvals (of change requests and of waivers) get the proof of who gave them. Without it, no approval counts: approvals typed into a file prove nothing. Choose signed-commits (local, pre-commit, any forge), pull-request-reviews (the GitHub Action), merge-request-approvals (changegate gitlab, check --publish gitlab) or, knowingly, declared." }, "waiverApprovals": { "description": "How many distinct approvers, in which role, a waiver needs. Every entry that matches the waived finding's severity or the change's risk (the higher of declared and derived) applies: the waiver needs the largest number of approvers among them, each holding every role they name. Default: one cab approver for a warning or notice, two for an error, two cab approvers whenever the change is critical.", "type": "array", "items": { "$ref": "#/$defs/waiverApproval", "description": "One requirement." }, "minItems": 1 }, "rules": { "description": 'Per-rule overrides of severity and options, keyed by rule identifier (for example "surviving-capacity"). Rules not listed keep their defaults.', "type": "object", "propertyNames": { "description": "A rule identifier in kebab case.", "pattern": "^[a-z][a-z0-9-]*$" }, "additionalProperties": { "$ref": "#/$defs/ruleOverride", "description": "The override of one rule." } } }, "additionalProperties": false, "$defs": { "id": { "description": "An identifier: 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit. Identifiers are case-sensitive.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, "personId": { "description": `A person's identifier (for example a directory login such as "a.martin"): 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit.`, "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, "role": { "description": 'An approval role in kebab case, for example "cab", "network-lead" or "security".', "type": "string", "pattern": "^[a-z][a-z0-9-]{0,63}$" }, "timeZone": { "description": 'An IANA time zone name, for example "Europe/Paris". Abbreviations such as "CET" and fixed offsets are not accepted.', "markdownDescription": "An IANA time zone name of the form `Area/Location`, e.g. `Europe/Paris`, or `UTC`.\n\nAbbreviations such as `CET` and fixed offsets such as `Etc/GMT-1` are **refused**: they do not say which region's daylight-saving rules apply. See [time zones](https://github.com/changegate/changegate/blob/v0.1.0/docs/formats.md#time-instants-time-zones-and-windows).", "examples": ["Europe/Paris", "UTC"], "type": "string", "format": "iana-time-zone" }, "instant": { "description": 'A point in time in ISO 8601: with an offset ("2026-12-08T00:30:00+01:00", "2026-12-07T23:30:00Z") or as a local date-time without offset ("2026-12-08T00:30" or "2026-12-08T00:30:00"), which is read in the applicable time zone. A local time that does not exist or is ambiguous at a daylight-saving change is refused: write an offset. An offset has at most 23 hours and minutes below 60 (+01:99 is refused, not read as +02:39).', "type": "string", "format": "instant" }, "text": { "description": "Free text, at least one character.", "type": "string", "minLength": 1 }, "maintenanceWindow": { "description": "A recurring maintenance window in the policy time zone. The day type is that of the day the window starts. When end is earlier than or equal to start, the window crosses midnight into the next day.", "type": "object", "required": ["days", "start", "end"], "properties": { "days": { "description": "Day types on which the window opens.", "type": "array", "items": { "description": "A day type: weekday (Monday to Friday), weekend (Saturday, Sunday), holiday (dates listed in the traffic forecast).", "type": "string", "enum": ["weekday", "weekend", "holiday"] }, "minItems": 1, "uniqueItems": true }, "start": { "description": "Local opening time, HH:MM (00:00 to 23:59).", "type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$" }, "end": { "description": "Local closing time, HH:MM (00:00 to 23:59, or 24:00 for midnight). When end <= start the window crosses midnight.", "type": "string", "pattern": "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$" } }, "additionalProperties": false }, "freezePeriod": { "description": "A period in which no step may run, from start (inclusive) to end (exclusive).", "type": "object", "required": ["id", "reason", "start", "end"], "properties": { "id": { "$ref": "#/$defs/id", "description": "Unique identifier of the freeze period." }, "reason": { "$ref": "#/$defs/text", "description": "Why changes are frozen (national event, end-of-year traffic, ...)." }, "start": { "$ref": "#/$defs/instant", "description": "Start of the freeze. Local date-times are read in the policy time zone." }, "end": { "$ref": "#/$defs/instant", "description": "End of the freeze (exclusive). Local date-times are read in the policy time zone." } }, "additionalProperties": false }, "approver": { "description": "A person who may approve change requests.", "type": "object", "required": ["id", "name", "roles"], "properties": { "id": { "$ref": "#/$defs/personId", "description": "The person's identifier, as used in change request approvals." }, "name": { "$ref": "#/$defs/text", "description": "The person's full name." }, "roles": { "description": "Roles the person may approve in, for example cab, network-lead, security, noc.", "type": "array", "items": { "$ref": "#/$defs/role", "description": "A role." }, "minItems": 1, "uniqueItems": true }, "github": { "description": "The person's GitHub login: with approvalSource pull-request-reviews, an approving review from this login is this person's approval. Compared without regard to case.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$" }, "gitlab": { "description": "The person's GitLab username (without @): with approvalSource merge-request-approvals, this user's approval of the merge request at its head commit is this person's approval. Compared without regard to case.", "type": "string", "pattern": "^[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,253}[A-Za-z0-9_-])?$" } }, "additionalProperties": false }, "ruleOverride": { "description": "Severity and options override of one rule.", "type": "object", "properties": { "severity": { "description": "Severity of the rule's findings: error findings fail the gate, warning findings give a warn verdict, notice findings are informative; off disables the rule.", "type": "string", "enum": ["error", "warning", "notice", "off"] }, "options": { "description": "Options of the rule. Their names and values are validated by changegate against the rule's own options schema (see docs/rules/<rule-id>.md).", "type": "object" } }, "additionalProperties": false }, "approvalSource": { "description": "The source of proof for approvals.", "type": "object", "required": ["kind"], "properties": { "kind": { "description": "signed-commits: an approval entry counts only when every line of it was added by a commit signed with that approver's SSH key (listed in allowedSigners). pull-request-reviews: an approval entry counts only when the approver's GitHub login approved the pull request at its head commit or after the last commit that changed the file, without the review being dismissed. merge-request-approvals: an approval entry counts only when the approver's GitLab username approved the merge request on the head commit being checked (not an earlier push), and is neither the merge request's author nor a bot. declared: approval entries count as written, and every report says approvals are declared, not verified.", "type": "string", "enum": ["signed-commits", "pull-request-reviews", "merge-request-approvals", "declared"] }, "allowedSigners": { "description": "signed-commits: the allowed-signers file (ssh-keygen ALLOWED SIGNERS format, principal = the approver's id), relative to the policy file's folder and inside it. Default: allowed_signers.", "type": "string", "pattern": "^[A-Za-z0-9._-][A-Za-z0-9._/-]{0,199}$" }, "teams": { "description": 'pull-request-reviews: roles held through GitHub team membership, as role -> "org/team-slug". An approver counts in such a role only while their login is an active member of the team. With merge-request-approvals, GitHub teams cannot be checked, so a role tied to a team is never held.', "type": "object", "propertyNames": { "description": "A role.", "pattern": "^[a-z][a-z0-9-]{0,63}$" }, "additionalProperties": { "description": "org/team-slug", "type": "string", "pattern": "^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$" } } }, "additionalProperties": false }, "waiverApproval": { "description": "A requirement on the approvals of a waiver. With severity, it applies to waivers of findings of that severity; with minRisk, to waivers on change requests of that risk or higher; with both, when both match.", "type": "object", "required": ["approvers", "role"], "properties": { "severity": { "description": "Severity of the waived finding this requirement applies to.", "type": "string", "enum": ["error", "warning", "notice"] }, "minRisk": { "description": "Lowest risk class of the change request (higher of declared and derived) this requirement applies to.", "type": "string", "enum": ["low", "medium", "high", "critical"] }, "approvers": { "description": "Distinct approvers needed, none of them the change's owner or an author of the waiver.", "type": "integer", "minimum": 1, "maximum": 20 }, "role": { "$ref": "#/$defs/role", "description": "Role each of these approvers must hold in the policy (and, with teams, through the team)." } }, "additionalProperties": false } } };
var schema101 = { "description": 'An IANA time zone name, for example "Europe/Paris". Abbreviations such as "CET" and fixed offsets are not accepted.', "markdownDescription": "An IANA time zone name of the form `Area/Location`, e.g. `Europe/Paris`, or `UTC`.\n\nAbbreviations such as `CET` and fixed offsets such as `Etc/GMT-1` are **refused**: they do not say which region's daylight-saving rules apply. See [time zones](https://github.com/changegate/changegate/blob/v0.1.0/docs/formats.md#time-instants-time-zones-and-windows).", "examples": ["Europe/Paris", "UTC"], "type": "string", "format": "iana-time-zone" };
var schema102 = { "description": "A recurring maintenance window in the policy time zone. The day type is that of the day the window starts. When end is earlier than or equal to start, the window crosses midnight into the next day.", "type": "object", "required": ["days", "start", "end"], "properties": { "days": { "description": "Day types on which the window opens.", "type": "array", "items": { "description": "A day type: weekday (Monday to Friday), weekend (Saturday, Sunday), holiday (dates listed in the traffic forecast).", "type": "string", "enum": ["weekday", "weekend", "holiday"] }, "minItems": 1, "uniqueItems": true }, "start": { "description": "Local opening time, HH:MM (00:00 to 23:59).", "type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$" }, "end": { "description": "Local closing time, HH:MM (00:00 to 23:59, or 24:00 for midnight). When end <= start the window crosses midnight.", "type": "string", "pattern": "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$" } }, "additionalProperties": false };
var schema112 = { "description": "The source of proof for approvals.", "type": "object", "required": ["kind"], "properties": { "kind": { "description": "signed-commits: an approval entry counts only when every line of it was added by a commit signed with that approver's SSH key (listed in allowedSigners). pull-request-reviews: an approval entry counts only when the approver's GitHub login approved the pull request at its head commit or after the last commit that changed the file, without the review being dismissed. merge-request-approvals: an approval entry counts only when the approver's GitLab username approved the merge request on the head commit being checked (not an earlier push), and is neither the merge request's author nor a bot. declared: approval entries count as written, and every report says approvals are declared, not verified.", "type": "string", "enum": ["signed-commits", "pull-request-reviews", "merge-request-approvals", "declared"] }, "allowedSigners": { "description": "signed-commits: the allowed-signers file (ssh-keygen ALLOWED SIGNERS format, principal = the approver's id), relative to the policy file's folder and inside it. Default: allowed_signers.", "type": "string", "pattern": "^[A-Za-z0-9._-][A-Za-z0-9._/-]{0,199}$" }, "teams": { "description": 'pull-request-reviews: roles held through GitHub team membership, as role -> "org/team-slug". An approver counts in such a role only while their login is an active member of the team. With merge-request-approvals, GitHub teams cannot be checked, so a role tied to a team is never held.', "type": "object", "propertyNames": { "description": "A role.", "pattern": "^[a-z][a-z0-9-]{0,63}$" }, "additionalProperties": { "description": "org/team-slug", "type": "string", "pattern": "^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$" } } }, "additionalProperties": false };
var schema115 = { "description": "Severity and options override of one rule.", "type": "object", "properties": { "severity": { "description": "Severity of the rule's findings: error findings fail the gate, warning findings give a warn verdict, notice findings are informative; off disables the rule.", "type": "string", "enum": ["error", "warning", "notice", "off"] }, "options": { "description": "Options of the rule. Their names and values are validated by changegate against the rule's own options schema (see docs/rules/<rule-id>.md).", "type": "object" } }, "additionalProperties": false };
var pattern34 = new RegExp("^([01][0-9]|2[0-3]):[0-5][0-9]$", "u");
var pattern35 = new RegExp("^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$", "u");
var pattern41 = new RegExp("^[A-Za-z0-9._-][A-Za-z0-9._/-]{0,199}$", "u");
var pattern43 = new RegExp("^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$", "u");
var pattern45 = new RegExp("^[a-z][a-z0-9-]*$", "u");
var schema103 = { "description": "A period in which no step may run, from start (inclusive) to end (exclusive).", "type": "object", "required": ["id", "reason", "start", "end"], "properties": { "id": { "$ref": "#/$defs/id", "description": "Unique identifier of the freeze period." }, "reason": { "$ref": "#/$defs/text", "description": "Why changes are frozen (national event, end-of-year traffic, ...)." }, "start": { "$ref": "#/$defs/instant", "description": "Start of the freeze. Local date-times are read in the policy time zone." }, "end": { "$ref": "#/$defs/instant", "description": "End of the freeze (exclusive). Local date-times are read in the policy time zone." } }, "additionalProperties": false };
var schema104 = { "description": "An identifier: 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit. Identifiers are case-sensitive.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" };
var schema105 = { "description": "Free text, at least one character.", "type": "string", "minLength": 1 };
var schema106 = { "description": 'A point in time in ISO 8601: with an offset ("2026-12-08T00:30:00+01:00", "2026-12-07T23:30:00Z") or as a local date-time without offset ("2026-12-08T00:30" or "2026-12-08T00:30:00"), which is read in the applicable time zone. A local time that does not exist or is ambiguous at a daylight-saving change is refused: write an offset. An offset has at most 23 hours and minutes below 60 (+01:99 is refused, not read as +02:39).', "type": "string", "format": "instant" };
var formats10 = CUSTOM_FORMATS.instant;
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema103.required, parentSchema: schema103, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema103.required, parentSchema: schema103, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.start === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema103.required, parentSchema: schema103, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.end === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'", schema: schema103.required, parentSchema: schema103, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "reason" || key0 === "start" || key0 === "end")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema103, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err5 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema104, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema104.type, parentSchema: schema104, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data1 = data.reason;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err7 = { instancePath: instancePath + "/reason", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema105, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/reason", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema105.type, parentSchema: schema105, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.start !== void 0) {
      let data2 = data.start;
      if (typeof data2 === "string") {
        if (!formats10.validate(data2)) {
          const err9 = { instancePath: instancePath + "/start", schemaPath: "#/$defs/instant/format", keyword: "format", params: { format: "instant" }, message: 'must match format "instant"', schema: "instant", parentSchema: schema106, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/start", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema106.type, parentSchema: schema106, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.end !== void 0) {
      let data3 = data.end;
      if (typeof data3 === "string") {
        if (!formats10.validate(data3)) {
          const err11 = { instancePath: instancePath + "/end", schemaPath: "#/$defs/instant/format", keyword: "format", params: { format: "instant" }, message: 'must match format "instant"', schema: "instant", parentSchema: schema106, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/end", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema106.type, parentSchema: schema106, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema103.type, parentSchema: schema103, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema108 = { "description": "A person who may approve change requests.", "type": "object", "required": ["id", "name", "roles"], "properties": { "id": { "$ref": "#/$defs/personId", "description": "The person's identifier, as used in change request approvals." }, "name": { "$ref": "#/$defs/text", "description": "The person's full name." }, "roles": { "description": "Roles the person may approve in, for example cab, network-lead, security, noc.", "type": "array", "items": { "$ref": "#/$defs/role", "description": "A role." }, "minItems": 1, "uniqueItems": true }, "github": { "description": "The person's GitHub login: with approvalSource pull-request-reviews, an approving review from this login is this person's approval. Compared without regard to case.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$" }, "gitlab": { "description": "The person's GitLab username (without @): with approvalSource merge-request-approvals, this user's approval of the merge request at its head commit is this person's approval. Compared without regard to case.", "type": "string", "pattern": "^[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,253}[A-Za-z0-9_-])?$" } }, "additionalProperties": false };
var schema109 = { "description": `A person's identifier (for example a directory login such as "a.martin"): 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit.`, "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" };
var schema111 = { "description": 'An approval role in kebab case, for example "cab", "network-lead" or "security".', "type": "string", "pattern": "^[a-z][a-z0-9-]{0,63}$" };
var pattern39 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]{0,38}$", "u");
var pattern40 = new RegExp("^[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,253}[A-Za-z0-9_-])?$", "u");
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate54.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema108.required, parentSchema: schema108, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema108.required, parentSchema: schema108, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.roles === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "roles" }, message: "must have required property 'roles'", schema: schema108.required, parentSchema: schema108, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "name" || key0 === "roles" || key0 === "github" || key0 === "gitlab")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema108, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/personId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema109, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/personId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema109.type, parentSchema: schema109, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err6 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema105, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema105.type, parentSchema: schema105, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.roles !== void 0) {
      let data2 = data.roles;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err8 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema108.properties.roles, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (!pattern33.test(data3)) {
              const err9 = { instancePath: instancePath + "/roles/" + i0, schemaPath: "#/$defs/role/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z][a-z0-9-]{0,63}$"', schema: "^[a-z][a-z0-9-]{0,63}$", parentSchema: schema111, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/roles/" + i0, schemaPath: "#/$defs/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema111.type, parentSchema: schema111, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data2[i1], data2[j0])) {
                const err11 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema108.properties.roles, data: data2 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema108.properties.roles.type, parentSchema: schema108.properties.roles, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.github !== void 0) {
      let data4 = data.github;
      if (typeof data4 === "string") {
        if (!pattern39.test(data4)) {
          const err13 = { instancePath: instancePath + "/github", schemaPath: "#/properties/github/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"', schema: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$", parentSchema: schema108.properties.github, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/github", schemaPath: "#/properties/github/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema108.properties.github.type, parentSchema: schema108.properties.github, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.gitlab !== void 0) {
      let data5 = data.gitlab;
      if (typeof data5 === "string") {
        if (!pattern40.test(data5)) {
          const err15 = { instancePath: instancePath + "/gitlab", schemaPath: "#/properties/gitlab/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,253}[A-Za-z0-9_-])?$" }, message: 'must match pattern "^[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,253}[A-Za-z0-9_-])?$"', schema: "^[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,253}[A-Za-z0-9_-])?$", parentSchema: schema108.properties.gitlab, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/gitlab", schemaPath: "#/properties/gitlab/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema108.properties.gitlab.type, parentSchema: schema108.properties.gitlab, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema108.type, parentSchema: schema108, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
validate54.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema113 = { "description": "A requirement on the approvals of a waiver. With severity, it applies to waivers of findings of that severity; with minRisk, to waivers on change requests of that risk or higher; with both, when both match.", "type": "object", "required": ["approvers", "role"], "properties": { "severity": { "description": "Severity of the waived finding this requirement applies to.", "type": "string", "enum": ["error", "warning", "notice"] }, "minRisk": { "description": "Lowest risk class of the change request (higher of declared and derived) this requirement applies to.", "type": "string", "enum": ["low", "medium", "high", "critical"] }, "approvers": { "description": "Distinct approvers needed, none of them the change's owner or an author of the waiver.", "type": "integer", "minimum": 1, "maximum": 20 }, "role": { "$ref": "#/$defs/role", "description": "Role each of these approvers must hold in the policy (and, with teams, through the team)." } }, "additionalProperties": false };
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate56.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.approvers === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "approvers" }, message: "must have required property 'approvers'", schema: schema113.required, parentSchema: schema113, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.role === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema113.required, parentSchema: schema113, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "severity" || key0 === "minRisk" || key0 === "approvers" || key0 === "role")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data0 = data.severity;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.severity.type, parentSchema: schema113.properties.severity, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data0 === "error" || data0 === "warning" || data0 === "notice")) {
        const err4 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema113.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema113.properties.severity.enum, parentSchema: schema113.properties.severity, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.minRisk !== void 0) {
      let data1 = data.minRisk;
      if (typeof data1 !== "string") {
        const err5 = { instancePath: instancePath + "/minRisk", schemaPath: "#/properties/minRisk/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.minRisk.type, parentSchema: schema113.properties.minRisk, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data1 === "low" || data1 === "medium" || data1 === "high" || data1 === "critical")) {
        const err6 = { instancePath: instancePath + "/minRisk", schemaPath: "#/properties/minRisk/enum", keyword: "enum", params: { allowedValues: schema113.properties.minRisk.enum }, message: "must be equal to one of the allowed values", schema: schema113.properties.minRisk.enum, parentSchema: schema113.properties.minRisk, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.approvers !== void 0) {
      let data2 = data.approvers;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err7 = { instancePath: instancePath + "/approvers", schemaPath: "#/properties/approvers/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema113.properties.approvers.type, parentSchema: schema113.properties.approvers, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 20 || isNaN(data2)) {
          const err8 = { instancePath: instancePath + "/approvers", schemaPath: "#/properties/approvers/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20", schema: 20, parentSchema: schema113.properties.approvers, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2 < 1 || isNaN(data2)) {
          const err9 = { instancePath: instancePath + "/approvers", schemaPath: "#/properties/approvers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema113.properties.approvers, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.role !== void 0) {
      let data3 = data.role;
      if (typeof data3 === "string") {
        if (!pattern33.test(data3)) {
          const err10 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/role/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z][a-z0-9-]{0,63}$"', schema: "^[a-z][a-z0-9-]{0,63}$", parentSchema: schema111, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema111.type, parentSchema: schema111, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.type, parentSchema: schema113, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
validate56.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate51(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate51.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema100.required, parentSchema: schema100, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.timeZone === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "timeZone" }, message: "must have required property 'timeZone'", schema: schema100.required, parentSchema: schema100, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.maintenanceWindows === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "maintenanceWindows" }, message: "must have required property 'maintenanceWindows'", schema: schema100.required, parentSchema: schema100, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "timeZone" || key0 === "maintenanceWindows" || key0 === "freezePeriods" || key0 === "approvers" || key0 === "approvalSource" || key0 === "waiverApprovals" || key0 === "rules")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema100, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema100.properties.kind.type, parentSchema: schema100.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if ("Policy" !== data0) {
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Policy" }, message: "must be equal to constant", schema: "Policy", parentSchema: schema100.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.timeZone !== void 0) {
      let data1 = data.timeZone;
      if (typeof data1 === "string") {
        if (!formats0.validate(data1)) {
          const err6 = { instancePath: instancePath + "/timeZone", schemaPath: "#/$defs/timeZone/format", keyword: "format", params: { format: "iana-time-zone" }, message: 'must match format "iana-time-zone"', schema: "iana-time-zone", parentSchema: schema101, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/timeZone", schemaPath: "#/$defs/timeZone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema101.type, parentSchema: schema101, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.maintenanceWindows !== void 0) {
      let data2 = data.maintenanceWindows;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err8 = { instancePath: instancePath + "/maintenanceWindows", schemaPath: "#/properties/maintenanceWindows/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema100.properties.maintenanceWindows, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.days === void 0) {
              const err9 = { instancePath: instancePath + "/maintenanceWindows/" + i0, schemaPath: "#/$defs/maintenanceWindow/required", keyword: "required", params: { missingProperty: "days" }, message: "must have required property 'days'", schema: schema102.required, parentSchema: schema102, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data3.start === void 0) {
              const err10 = { instancePath: instancePath + "/maintenanceWindows/" + i0, schemaPath: "#/$defs/maintenanceWindow/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema102.required, parentSchema: schema102, data: data3 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data3.end === void 0) {
              const err11 = { instancePath: instancePath + "/maintenanceWindows/" + i0, schemaPath: "#/$defs/maintenanceWindow/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'", schema: schema102.required, parentSchema: schema102, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            for (const key1 in data3) {
              if (!(key1 === "days" || key1 === "start" || key1 === "end")) {
                const err12 = { instancePath: instancePath + "/maintenanceWindows/" + i0, schemaPath: "#/$defs/maintenanceWindow/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema102, data: data3 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data3.days !== void 0) {
              let data4 = data3.days;
              if (Array.isArray(data4)) {
                if (data4.length < 1) {
                  const err13 = { instancePath: instancePath + "/maintenanceWindows/" + i0 + "/days", schemaPath: "#/$defs/maintenanceWindow/properties/days/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema102.properties.days, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
                const len1 = data4.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data5 = data4[i1];
                  if (typeof data5 !== "string") {
                    const err14 = { instancePath: instancePath + "/maintenanceWindows/" + i0 + "/days/" + i1, schemaPath: "#/$defs/maintenanceWindow/properties/days/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema102.properties.days.items.type, parentSchema: schema102.properties.days.items, data: data5 };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                  if (!(data5 === "weekday" || data5 === "weekend" || data5 === "holiday")) {
                    const err15 = { instancePath: instancePath + "/maintenanceWindows/" + i0 + "/days/" + i1, schemaPath: "#/$defs/maintenanceWindow/properties/days/items/enum", keyword: "enum", params: { allowedValues: schema102.properties.days.items.enum }, message: "must be equal to one of the allowed values", schema: schema102.properties.days.items.enum, parentSchema: schema102.properties.days.items, data: data5 };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
                let i2 = data4.length;
                let j0;
                if (i2 > 1) {
                  const indices0 = {};
                  for (; i2--; ) {
                    let item0 = data4[i2];
                    if (typeof item0 !== "string") {
                      continue;
                    }
                    if (typeof indices0[item0] == "number") {
                      j0 = indices0[item0];
                      const err16 = { instancePath: instancePath + "/maintenanceWindows/" + i0 + "/days", schemaPath: "#/$defs/maintenanceWindow/properties/days/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema102.properties.days, data: data4 };
                      if (vErrors === null) {
                        vErrors = [err16];
                      } else {
                        vErrors.push(err16);
                      }
                      errors++;
                      break;
                    }
                    indices0[item0] = i2;
                  }
                }
              } else {
                const err17 = { instancePath: instancePath + "/maintenanceWindows/" + i0 + "/days", schemaPath: "#/$defs/maintenanceWindow/properties/days/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema102.properties.days.type, parentSchema: schema102.properties.days, data: data4 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data3.start !== void 0) {
              let data6 = data3.start;
              if (typeof data6 === "string") {
                if (!pattern34.test(data6)) {
                  const err18 = { instancePath: instancePath + "/maintenanceWindows/" + i0 + "/start", schemaPath: "#/$defs/maintenanceWindow/properties/start/pattern", keyword: "pattern", params: { pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$" }, message: 'must match pattern "^([01][0-9]|2[0-3]):[0-5][0-9]$"', schema: "^([01][0-9]|2[0-3]):[0-5][0-9]$", parentSchema: schema102.properties.start, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = { instancePath: instancePath + "/maintenanceWindows/" + i0 + "/start", schemaPath: "#/$defs/maintenanceWindow/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema102.properties.start.type, parentSchema: schema102.properties.start, data: data6 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data3.end !== void 0) {
              let data7 = data3.end;
              if (typeof data7 === "string") {
                if (!pattern35.test(data7)) {
                  const err20 = { instancePath: instancePath + "/maintenanceWindows/" + i0 + "/end", schemaPath: "#/$defs/maintenanceWindow/properties/end/pattern", keyword: "pattern", params: { pattern: "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$" }, message: 'must match pattern "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"', schema: "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$", parentSchema: schema102.properties.end, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/maintenanceWindows/" + i0 + "/end", schemaPath: "#/$defs/maintenanceWindow/properties/end/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema102.properties.end.type, parentSchema: schema102.properties.end, data: data7 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/maintenanceWindows/" + i0, schemaPath: "#/$defs/maintenanceWindow/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema102.type, parentSchema: schema102, data: data3 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/maintenanceWindows", schemaPath: "#/properties/maintenanceWindows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema100.properties.maintenanceWindows.type, parentSchema: schema100.properties.maintenanceWindows, data: data2 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.freezePeriods !== void 0) {
      let data8 = data.freezePeriods;
      if (Array.isArray(data8)) {
        const len2 = data8.length;
        for (let i3 = 0; i3 < len2; i3++) {
          if (!validate52(data8[i3], { instancePath: instancePath + "/freezePeriods/" + i3, parentData: data8, parentDataProperty: i3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/freezePeriods", schemaPath: "#/properties/freezePeriods/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema100.properties.freezePeriods.type, parentSchema: schema100.properties.freezePeriods, data: data8 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.approvers !== void 0) {
      let data10 = data.approvers;
      if (Array.isArray(data10)) {
        const len3 = data10.length;
        for (let i4 = 0; i4 < len3; i4++) {
          if (!validate54(data10[i4], { instancePath: instancePath + "/approvers/" + i4, parentData: data10, parentDataProperty: i4, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/approvers", schemaPath: "#/properties/approvers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema100.properties.approvers.type, parentSchema: schema100.properties.approvers, data: data10 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.approvalSource !== void 0) {
      let data12 = data.approvalSource;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (data12.kind === void 0) {
          const err26 = { instancePath: instancePath + "/approvalSource", schemaPath: "#/$defs/approvalSource/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema112.required, parentSchema: schema112, data: data12 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        for (const key2 in data12) {
          if (!(key2 === "kind" || key2 === "allowedSigners" || key2 === "teams")) {
            const err27 = { instancePath: instancePath + "/approvalSource", schemaPath: "#/$defs/approvalSource/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112, data: data12 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data12.kind !== void 0) {
          let data13 = data12.kind;
          if (typeof data13 !== "string") {
            const err28 = { instancePath: instancePath + "/approvalSource/kind", schemaPath: "#/$defs/approvalSource/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.kind.type, parentSchema: schema112.properties.kind, data: data13 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          if (!(data13 === "signed-commits" || data13 === "pull-request-reviews" || data13 === "merge-request-approvals" || data13 === "declared")) {
            const err29 = { instancePath: instancePath + "/approvalSource/kind", schemaPath: "#/$defs/approvalSource/properties/kind/enum", keyword: "enum", params: { allowedValues: schema112.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema112.properties.kind.enum, parentSchema: schema112.properties.kind, data: data13 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data12.allowedSigners !== void 0) {
          let data14 = data12.allowedSigners;
          if (typeof data14 === "string") {
            if (!pattern41.test(data14)) {
              const err30 = { instancePath: instancePath + "/approvalSource/allowedSigners", schemaPath: "#/$defs/approvalSource/properties/allowedSigners/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-][A-Za-z0-9._/-]{0,199}$" }, message: 'must match pattern "^[A-Za-z0-9._-][A-Za-z0-9._/-]{0,199}$"', schema: "^[A-Za-z0-9._-][A-Za-z0-9._/-]{0,199}$", parentSchema: schema112.properties.allowedSigners, data: data14 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/approvalSource/allowedSigners", schemaPath: "#/$defs/approvalSource/properties/allowedSigners/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.allowedSigners.type, parentSchema: schema112.properties.allowedSigners, data: data14 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data12.teams !== void 0) {
          let data15 = data12.teams;
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (const key3 in data15) {
              const _errs37 = errors;
              if (typeof key3 === "string") {
                if (!pattern33.test(key3)) {
                  const err32 = { instancePath: instancePath + "/approvalSource/teams", schemaPath: "#/$defs/approvalSource/properties/teams/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z][a-z0-9-]{0,63}$"', schema: "^[a-z][a-z0-9-]{0,63}$", parentSchema: schema112.properties.teams.propertyNames, data: key3, propertyName: key3 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              }
              var valid15 = _errs37 === errors;
              if (!valid15) {
                const err33 = { instancePath: instancePath + "/approvalSource/teams", schemaPath: "#/$defs/approvalSource/properties/teams/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema112.properties.teams.propertyNames, parentSchema: schema112.properties.teams, data: data15 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            for (const key4 in data15) {
              let data16 = data15[key4];
              if (typeof data16 === "string") {
                if (!pattern43.test(data16)) {
                  const err34 = { instancePath: instancePath + "/approvalSource/teams/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/approvalSource/properties/teams/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$" }, message: 'must match pattern "^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$"', schema: "^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$", parentSchema: schema112.properties.teams.additionalProperties, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              } else {
                const err35 = { instancePath: instancePath + "/approvalSource/teams/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/approvalSource/properties/teams/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.teams.additionalProperties.type, parentSchema: schema112.properties.teams.additionalProperties, data: data16 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
          } else {
            const err36 = { instancePath: instancePath + "/approvalSource/teams", schemaPath: "#/$defs/approvalSource/properties/teams/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.teams.type, parentSchema: schema112.properties.teams, data: data15 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/approvalSource", schemaPath: "#/$defs/approvalSource/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.type, parentSchema: schema112, data: data12 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.waiverApprovals !== void 0) {
      let data17 = data.waiverApprovals;
      if (Array.isArray(data17)) {
        if (data17.length < 1) {
          const err38 = { instancePath: instancePath + "/waiverApprovals", schemaPath: "#/properties/waiverApprovals/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema100.properties.waiverApprovals, data: data17 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        const len4 = data17.length;
        for (let i5 = 0; i5 < len4; i5++) {
          if (!validate56(data17[i5], { instancePath: instancePath + "/waiverApprovals/" + i5, parentData: data17, parentDataProperty: i5, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/waiverApprovals", schemaPath: "#/properties/waiverApprovals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema100.properties.waiverApprovals.type, parentSchema: schema100.properties.waiverApprovals, data: data17 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data19 = data.rules;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        for (const key5 in data19) {
          const _errs46 = errors;
          if (typeof key5 === "string") {
            if (!pattern45.test(key5)) {
              const err40 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]*$" }, message: 'must match pattern "^[a-z][a-z0-9-]*$"', schema: "^[a-z][a-z0-9-]*$", parentSchema: schema100.properties.rules.propertyNames, data: key5, propertyName: key5 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          }
          var valid19 = _errs46 === errors;
          if (!valid19) {
            const err41 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid", schema: schema100.properties.rules.propertyNames, parentSchema: schema100.properties.rules, data: data19 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        for (const key6 in data19) {
          let data20 = data19[key6];
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            for (const key7 in data20) {
              if (!(key7 === "severity" || key7 === "options")) {
                const err42 = { instancePath: instancePath + "/rules/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ruleOverride/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema115, data: data20 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data20.severity !== void 0) {
              let data21 = data20.severity;
              if (typeof data21 !== "string") {
                const err43 = { instancePath: instancePath + "/rules/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/$defs/ruleOverride/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema115.properties.severity.type, parentSchema: schema115.properties.severity, data: data21 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
              if (!(data21 === "error" || data21 === "warning" || data21 === "notice" || data21 === "off")) {
                const err44 = { instancePath: instancePath + "/rules/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/$defs/ruleOverride/properties/severity/enum", keyword: "enum", params: { allowedValues: schema115.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema115.properties.severity.enum, parentSchema: schema115.properties.severity, data: data21 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data20.options !== void 0) {
              let data22 = data20.options;
              if (!(data22 && typeof data22 == "object" && !Array.isArray(data22))) {
                const err45 = { instancePath: instancePath + "/rules/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/options", schemaPath: "#/$defs/ruleOverride/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema115.properties.options.type, parentSchema: schema115.properties.options, data: data22 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
          } else {
            const err46 = { instancePath: instancePath + "/rules/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ruleOverride/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema115.type, parentSchema: schema115, data: data20 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
      } else {
        const err47 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema100.properties.rules.type, parentSchema: schema100.properties.rules, data: data19 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
  } else {
    const err48 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema100.type, parentSchema: schema100, data };
    if (vErrors === null) {
      vErrors = [err48];
    } else {
      vErrors.push(err48);
    }
    errors++;
  }
  validate51.errors = vErrors;
  return errors === 0;
}
validate51.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var ChangeRequest = validate58;
var schema116 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://changegate.dev/schemas/change-request.schema.json", "title": "changegate ChangeRequest", "description": "A change request: an owned, approved plan of steps on the voice core, each acting on sites, call servers or trunks inside a time window. One change request per file.", "type": "object", "required": ["kind", "id", "title", "owner", "purpose", "declaredRisk", "state", "steps"], "properties": { "kind": { "description": 'The document kind. Must be "ChangeRequest" for change requests.', "type": "string", "const": "ChangeRequest" }, "id": { "$ref": "#/$defs/changeId", "description": 'Unique change request identifier, for example "CR-2026-0412".', "markdownDescription": "Change request id, `CR-` then year and number; one change request per file, the file named after it.", "examples": ["CR-2026-0412"] }, "title": { "$ref": "#/$defs/text", "description": "One-line title of the change." }, "owner": { "$ref": "#/$defs/personId", "description": "Identifier of the person who owns (authored) the change." }, "purpose": { "$ref": "#/$defs/text", "description": "Why the change is made." }, "declaredRisk": { "description": "Risk class declared by the owner. changegate also derives a risk class from what the change touches and reports a declaration below it.", "markdownDescription": "Risk class declared by the owner: `low`, `medium`, `high` or `critical`.\n\nchangegate **derives** a risk class from what the change touches (emergency paths, all sites of a redundancy group, unproven software) and reports a declaration below it; `high` and `critical` changes need independent approvals.", "examples": ["high"], "type": "string", "enum": ["low", "medium", "high", "critical"] }, "state": { "description": "Lifecycle state. The timeline considers proposed, approved, scheduled and in-progress changes (and draft ones with includeDrafts / --include-drafts); done and cancelled ones never.", "markdownDescription": "Where the change is in its life:\n\n- `draft`: validated, but off the timeline (use `--include-drafts`)\n- `proposed`: under review, judged on the timeline\n- `approved`, `scheduled`, `in-progress`: judged, and must carry valid approvals\n- `done`, `cancelled`: kept as a record, off the timeline", "examples": ["proposed"], "type": "string", "enum": ["draft", "proposed", "approved", "scheduled", "in-progress", "done", "cancelled"] }, "capacityUpgrade": { "description": "True for a capacity-upgrade change, whose end state must still survive the loss of any one site at forecast peak. Default: false.", "type": "boolean", "default": false }, "approvals": { "description": "Approvals given to this change request.", "type": "array", "items": { "$ref": "#/$defs/approval", "description": "An approval." } }, "notify": { "description": "Parties told about the change, with their lead time.", "type": "array", "items": { "$ref": "#/$defs/stakeholder", "description": "A party to notify." } }, "escalation": { "$ref": "#/$defs/escalation", "description": "Who to escalate to if the change goes wrong, and how fast." }, "steps": { "description": "The steps of the plan, in order.", "type": "array", "items": { "$ref": "#/$defs/step", "description": "A step." }, "minItems": 1 } }, "additionalProperties": false, "$defs": { "id": { "description": "An identifier: 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit. Identifiers are case-sensitive.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, "changeId": { "description": `A change request identifier such as "CR-2026-0412": 1 to 64 characters, letters, digits, '.', '_' and '-', starting with a letter.`, "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9._-]{0,63}$" }, "personId": { "description": `A person's identifier (for example a directory login such as "a.martin"): 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit.`, "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, "role": { "description": 'An approval role in kebab case, for example "cab", "network-lead" or "security".', "type": "string", "pattern": "^[a-z][a-z0-9-]{0,63}$" }, "timeZone": { "description": 'An IANA time zone name, for example "Europe/Paris". Abbreviations such as "CET" and fixed offsets are not accepted.', "markdownDescription": "An IANA time zone name of the form `Area/Location`, e.g. `Europe/Paris`, or `UTC`.\n\nAbbreviations such as `CET` and fixed offsets such as `Etc/GMT-1` are **refused**: they do not say which region's daylight-saving rules apply. See [time zones](https://github.com/changegate/changegate/blob/v0.1.0/docs/formats.md#time-instants-time-zones-and-windows).", "examples": ["Europe/Paris", "UTC"], "type": "string", "format": "iana-time-zone" }, "instant": { "description": 'A point in time in ISO 8601: with an offset ("2026-12-08T00:30:00+01:00", "2026-12-07T23:30:00Z") or as a local date-time without offset ("2026-12-08T00:30" or "2026-12-08T00:30:00"), which is read in the applicable time zone. A local time that does not exist or is ambiguous at a daylight-saving change is refused: write an offset. An offset has at most 23 hours and minutes below 60 (+01:99 is refused, not read as +02:39).', "type": "string", "format": "instant" }, "text": { "description": "Free text, at least one character.", "type": "string", "minLength": 1 }, "version": { "description": 'A software version string as the vendor writes it, for example "7.4.2".', "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._+~-]{0,63}$" }, "sha256": { "description": "A SHA-256 digest: 64 lowercase hexadecimal characters.", "type": "string", "pattern": "^[0-9a-f]{64}$" }, "dialledNumber": { "description": `A dialled number: 2 to 15 digits, optionally after a leading '+', written as a quoted string (for example "112" or "+33100000001").`, "type": "string", "pattern": "^\\+?[0-9]{2,15}$" }, "fraction": { "description": "A fraction from 0 to 1.", "type": "number", "minimum": 0, "maximum": 1 }, "approval": { "description": "An approval of the change request by one person in one role.", "type": "object", "required": ["by", "role"], "properties": { "by": { "$ref": "#/$defs/personId", "description": "Identifier of the approver (an approver of the policy)." }, "role": { "$ref": "#/$defs/role", "description": 'Role in which the approval is given, for example "cab".' }, "at": { "$ref": "#/$defs/instant", "description": "When the approval was given." }, "revision": { "description": 'The revision of the change request the approver saw: "sha256:" followed by 64 lowercase hex characters, as shown by `changegate check --format json`. When it differs from the current revision, the plan was edited after this approval and changegate reports it.', "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" } }, "additionalProperties": false }, "stakeholder": { "description": "A party to notify before the change.", "type": "object", "required": ["party", "name", "leadTimeHours"], "properties": { "party": { "description": "Kind of party.", "type": "string", "enum": ["regulator", "authority", "psap", "noc", "emergency-services", "other"] }, "name": { "$ref": "#/$defs/text", "description": "Name of the party or desk." }, "contact": { "$ref": "#/$defs/text", "description": "How to reach the party (address, e-mail, phone)." }, "psaps": { "description": "PSAP identifiers this notification covers (for party psap or emergency-services).", "type": "array", "items": { "$ref": "#/$defs/id", "description": "A PSAP identifier." }, "uniqueItems": true }, "leadTimeHours": { "description": "How many hours before the first step the party is told.", "type": "number", "minimum": 0, "maximum": 8760 } }, "additionalProperties": false }, "escalation": { "description": "Escalation contact for the change.", "type": "object", "required": ["contact", "targetMinutes"], "properties": { "contact": { "$ref": "#/$defs/text", "description": "Person or desk to escalate to." }, "phone": { "$ref": "#/$defs/text", "description": "Phone number of the escalation contact." }, "targetMinutes": { "description": "Target time, in minutes, to escalate once emergency traffic is affected.", "type": "integer", "minimum": 1, "maximum": 1440 } }, "additionalProperties": false }, "step": { "description": "One step of the plan.", "type": "object", "required": ["id", "action", "targets", "window"], "properties": { "id": { "$ref": "#/$defs/id", "description": 'Step identifier, unique within the change request, for example "s1".', "markdownDescription": "Step id, unique in the change request, used by `dependsOn` and waivers.", "examples": ["s1"] }, "action": { "description": "What the step does. drain moves traffic away from the targets; restore brings them back into service.", "markdownDescription": "What the step does:\n\n- `software-upgrade`: a new version on the targets (give `software`)\n- `config-push`, `reconnection`: a configuration or command sequence (give `procedure`)\n- `capacity-add`, `capacity-remove`: licensed capacity changes (give `capacityChange`)\n- `restart`, `isolate`: the targets leave service; drain them first\n- `drain`: moves traffic away from the targets; `restore` brings them back into service", "examples": ["drain", "software-upgrade", "restore"], "type": "string", "enum": ["software-upgrade", "config-push", "reconnection", "capacity-add", "capacity-remove", "restart", "drain", "isolate", "restore"] }, "description": { "$ref": "#/$defs/text", "description": "Free-text description of the step." }, "targets": { "$ref": "#/$defs/targets", "description": "What the step acts on." }, "window": { "$ref": "#/$defs/window", "description": "When the step runs." }, "dependsOn": { "description": "Identifiers of steps of the same change request that must finish before this one starts.", "type": "array", "items": { "$ref": "#/$defs/id", "description": "A step identifier." }, "uniqueItems": true }, "software": { "$ref": "#/$defs/software", "description": "Software deployed by the step (required for software-upgrade)." }, "procedure": { "$ref": "#/$defs/text", "description": `Identifier of the procedure or command set applied, for example "RECONNECT-SEQ-V3". For config-push and reconnection it is the change signature that must go through canary and soak; without it, the step's change gets a signature of its own that is never proven.` }, "artefacts": { "description": "Files the step applies (configuration files, policy files, scripts, packages), whatever its action. Each is checked against the software catalog's knownBad list by name and SHA-256.", "type": "array", "items": { "$ref": "#/$defs/artefact", "description": "A file applied by the step." }, "minItems": 1 }, "rollback": { "$ref": "#/$defs/rollback", "description": "How the step is undone, and how long that takes." }, "verification": { "$ref": "#/$defs/verification", "description": "Checks made after the step." }, "capacityLoss": { "$ref": "#/$defs/fraction", "description": "Fraction (0 to 1) of each target's capacity lost while the step runs. Default: 1 for every action except drain and restore (0)." }, "capacityChange": { "$ref": "#/$defs/capacityChange", "description": "For capacity-add and capacity-remove: the capacity added (positive) or removed (negative) on each targeted call server." } }, "additionalProperties": false, "allOf": [{ "description": "A software-upgrade step names the software it deploys.", "if": { "properties": { "action": { "description": "The step is a software upgrade.", "const": "software-upgrade" } }, "required": ["action"] }, "then": { "required": ["software"], "properties": { "software": { "description": "Required for a software-upgrade step." } } } }, { "description": "capacityChange is only for capacity-add and capacity-remove steps.", "if": { "properties": { "action": { "description": "The step adds or removes capacity.", "enum": ["capacity-add", "capacity-remove"] } }, "required": ["action"] }, "else": { "not": { "required": ["capacityChange"], "properties": { "capacityChange": { "description": "Not allowed on actions other than capacity-add and capacity-remove." } } } } }] }, "targets": { "description": "What a step acts on: at least one of sites, callServers or trunks must be non-empty. A site target puts every call server and trunk of that site at risk.", "type": "object", "properties": { "sites": { "description": "Identifiers of sites targeted; every call server and trunk of these sites is at risk.", "type": "array", "items": { "$ref": "#/$defs/id", "description": "A site identifier." }, "uniqueItems": true }, "callServers": { "description": "Identifiers of call servers targeted.", "type": "array", "items": { "$ref": "#/$defs/id", "description": "A call server identifier." }, "uniqueItems": true }, "trunks": { "description": "Identifiers of trunks targeted.", "type": "array", "items": { "$ref": "#/$defs/id", "description": "A trunk identifier." }, "uniqueItems": true } }, "additionalProperties": false, "anyOf": [{ "description": "At least one site.", "required": ["sites"], "properties": { "sites": { "description": "At least one site.", "type": "array", "minItems": 1 } } }, { "description": "At least one call server.", "required": ["callServers"], "properties": { "callServers": { "description": "At least one call server.", "type": "array", "minItems": 1 } } }, { "description": "At least one trunk.", "required": ["trunks"], "properties": { "trunks": { "description": "At least one trunk.", "type": "array", "minItems": 1 } } }] }, "window": { "description": "The time window of a step, from start to end (end after start).", "type": "object", "required": ["start", "end"], "properties": { "start": { "$ref": "#/$defs/instant", "description": "Start of the step. With an offset, or local (read in timeZone, else in the policy time zone).", "examples": ["2026-12-08T00:30:00+01:00", "2026-12-08T00:30"] }, "end": { "$ref": "#/$defs/instant", "description": "End of the step. With an offset, or local (read in timeZone, else in the policy time zone).", "examples": ["2026-12-08T00:30:00+01:00", "2026-12-08T00:30"] }, "timeZone": { "$ref": "#/$defs/timeZone", "description": "IANA time zone in which local start and end are read; when absent, the policy time zone." } }, "additionalProperties": false }, "software": { "description": "Software deployed by a step.", "type": "object", "required": ["version"], "properties": { "version": { "$ref": "#/$defs/version", "description": "Version deployed; must be qualified in the software catalog." }, "previousVersion": { "$ref": "#/$defs/version", "description": "Version running before the step, kept for rollback." }, "artefact": { "$ref": "#/$defs/text", "description": "Artefact (package file name) deployed." }, "sha256": { "$ref": "#/$defs/sha256", "description": "SHA-256 of the artefact (64 lowercase hex characters)." } }, "additionalProperties": false }, "artefact": { "description": "A file a step applies, named and identified by its content hash.", "type": "object", "required": ["name", "sha256"], "properties": { "name": { "$ref": "#/$defs/text", "description": 'File name of the artefact, for example "trunk-groups-2026-12.cfg".' }, "sha256": { "$ref": "#/$defs/sha256", "description": "SHA-256 of the file's content (64 lowercase hex characters): it identifies the file whatever its name." } }, "additionalProperties": false }, "rollback": { "description": "How a step is undone.", "type": "object", "required": ["procedure", "minutes"], "properties": { "procedure": { "$ref": "#/$defs/text", "description": "The rollback procedure (text or procedure identifier)." }, "minutes": { "description": "Bounded duration of the rollback, in minutes. Step plus rollback (plus the recovery of dependent traffic, when stated) must fit in the maintenance window.", "type": "integer", "minimum": 0, "maximum": 10080 }, "includesTrafficRecovery": { "description": "True when the minutes include bringing traffic back onto the targets. Default: false.", "type": "boolean", "default": false }, "recovery": { "description": "Recovery of the traffic that depends on the targets once the rollback has put them back (for example subscribers re-registering after a core element returns), when it takes longer than the rollback itself. The maintenance window and the rollback bound must hold the rollback plus this recovery.", "type": "object", "required": ["of", "minutes"], "properties": { "of": { "$ref": "#/$defs/text", "description": 'What recovers, for example "re-registration of 2 million subscribers".' }, "minutes": { "description": "How long the recovery takes after the rollback ends, in minutes.", "type": "integer", "minimum": 0, "maximum": 10080 } }, "additionalProperties": false } }, "additionalProperties": false }, "verification": { "description": "Checks made after a step, before the next step starts.", "type": "object", "required": ["testCalls"], "properties": { "testCalls": { "description": "Test calls placed after the step.", "type": "array", "items": { "$ref": "#/$defs/testCall", "description": "A test call." }, "minItems": 1 } }, "additionalProperties": false }, "testCall": { "description": "One test call.", "type": "object", "required": ["number"], "properties": { "number": { "$ref": "#/$defs/dialledNumber", "description": 'Number called, as a quoted string: an emergency number of the inventory (for example "112") or one of its test numbers. Any other number is refused and does not count as verification.' }, "from": { "$ref": "#/$defs/text", "description": "Calling line or test probe used (informative)." } }, "additionalProperties": false }, "capacityChange": { "description": "Capacity added (positive) or removed (negative) on each targeted call server.", "type": "object", "required": ["sessions", "cps"], "properties": { "sessions": { "description": "Simultaneous sessions added per targeted call server (negative to remove).", "type": "integer", "minimum": -1e7, "maximum": 1e7 }, "cps": { "description": "Call attempts per second added per targeted call server (negative to remove).", "type": "integer", "minimum": -1e7, "maximum": 1e7 } }, "additionalProperties": false } } };
var schema117 = { "description": `A change request identifier such as "CR-2026-0412": 1 to 64 characters, letters, digits, '.', '_' and '-', starting with a letter.`, "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9._-]{0,63}$" };
var schema118 = { "description": "Free text, at least one character.", "type": "string", "minLength": 1 };
var schema119 = { "description": `A person's identifier (for example a directory login such as "a.martin"): 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit.`, "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" };
var pattern46 = new RegExp("^[A-Za-z][A-Za-z0-9._-]{0,63}$", "u");
var schema121 = { "description": "An approval of the change request by one person in one role.", "type": "object", "required": ["by", "role"], "properties": { "by": { "$ref": "#/$defs/personId", "description": "Identifier of the approver (an approver of the policy)." }, "role": { "$ref": "#/$defs/role", "description": 'Role in which the approval is given, for example "cab".' }, "at": { "$ref": "#/$defs/instant", "description": "When the approval was given." }, "revision": { "description": 'The revision of the change request the approver saw: "sha256:" followed by 64 lowercase hex characters, as shown by `changegate check --format json`. When it differs from the current revision, the plan was edited after this approval and changegate reports it.', "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" } }, "additionalProperties": false };
var schema123 = { "description": 'An approval role in kebab case, for example "cab", "network-lead" or "security".', "type": "string", "pattern": "^[a-z][a-z0-9-]{0,63}$" };
var schema124 = { "description": 'A point in time in ISO 8601: with an offset ("2026-12-08T00:30:00+01:00", "2026-12-07T23:30:00Z") or as a local date-time without offset ("2026-12-08T00:30" or "2026-12-08T00:30:00"), which is read in the applicable time zone. A local time that does not exist or is ambiguous at a daylight-saving change is refused: write an offset. An offset has at most 23 hours and minutes below 60 (+01:99 is refused, not read as +02:39).', "type": "string", "format": "instant" };
var pattern50 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
function validate59(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate59.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.by === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'", schema: schema121.required, parentSchema: schema121, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.role === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema121.required, parentSchema: schema121, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "by" || key0 === "role" || key0 === "at" || key0 === "revision")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema121, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.by !== void 0) {
      let data0 = data.by;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err3 = { instancePath: instancePath + "/by", schemaPath: "#/$defs/personId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema119, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/by", schemaPath: "#/$defs/personId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.type, parentSchema: schema119, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.role !== void 0) {
      let data1 = data.role;
      if (typeof data1 === "string") {
        if (!pattern33.test(data1)) {
          const err5 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/role/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z][a-z0-9-]{0,63}$"', schema: "^[a-z][a-z0-9-]{0,63}$", parentSchema: schema123, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/role", schemaPath: "#/$defs/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema123.type, parentSchema: schema123, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.at !== void 0) {
      let data2 = data.at;
      if (typeof data2 === "string") {
        if (!formats10.validate(data2)) {
          const err7 = { instancePath: instancePath + "/at", schemaPath: "#/$defs/instant/format", keyword: "format", params: { format: "instant" }, message: 'must match format "instant"', schema: "instant", parentSchema: schema124, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/at", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema124.type, parentSchema: schema124, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.revision !== void 0) {
      let data3 = data.revision;
      if (typeof data3 === "string") {
        if (!pattern50.test(data3)) {
          const err9 = { instancePath: instancePath + "/revision", schemaPath: "#/properties/revision/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"', schema: "^sha256:[0-9a-f]{64}$", parentSchema: schema121.properties.revision, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/revision", schemaPath: "#/properties/revision/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema121.properties.revision.type, parentSchema: schema121.properties.revision, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema121.type, parentSchema: schema121, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate59.errors = vErrors;
  return errors === 0;
}
validate59.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema125 = { "description": "A party to notify before the change.", "type": "object", "required": ["party", "name", "leadTimeHours"], "properties": { "party": { "description": "Kind of party.", "type": "string", "enum": ["regulator", "authority", "psap", "noc", "emergency-services", "other"] }, "name": { "$ref": "#/$defs/text", "description": "Name of the party or desk." }, "contact": { "$ref": "#/$defs/text", "description": "How to reach the party (address, e-mail, phone)." }, "psaps": { "description": "PSAP identifiers this notification covers (for party psap or emergency-services).", "type": "array", "items": { "$ref": "#/$defs/id", "description": "A PSAP identifier." }, "uniqueItems": true }, "leadTimeHours": { "description": "How many hours before the first step the party is told.", "type": "number", "minimum": 0, "maximum": 8760 } }, "additionalProperties": false };
var schema128 = { "description": "An identifier: 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit. Identifiers are case-sensitive.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" };
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate61.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.party === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "party" }, message: "must have required property 'party'", schema: schema125.required, parentSchema: schema125, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema125.required, parentSchema: schema125, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.leadTimeHours === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "leadTimeHours" }, message: "must have required property 'leadTimeHours'", schema: schema125.required, parentSchema: schema125, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "party" || key0 === "name" || key0 === "contact" || key0 === "psaps" || key0 === "leadTimeHours")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema125, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.party !== void 0) {
      let data0 = data.party;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/party", schemaPath: "#/properties/party/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema125.properties.party.type, parentSchema: schema125.properties.party, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data0 === "regulator" || data0 === "authority" || data0 === "psap" || data0 === "noc" || data0 === "emergency-services" || data0 === "other")) {
        const err5 = { instancePath: instancePath + "/party", schemaPath: "#/properties/party/enum", keyword: "enum", params: { allowedValues: schema125.properties.party.enum }, message: "must be equal to one of the allowed values", schema: schema125.properties.party.enum, parentSchema: schema125.properties.party, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err6 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema118, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema118.type, parentSchema: schema118, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.contact !== void 0) {
      let data2 = data.contact;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err8 = { instancePath: instancePath + "/contact", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema118, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/contact", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema118.type, parentSchema: schema118, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.psaps !== void 0) {
      let data3 = data.psaps;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === "string") {
            if (!pattern4.test(data4)) {
              const err10 = { instancePath: instancePath + "/psaps/" + i0, schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema128, data: data4 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/psaps/" + i0, schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema128.type, parentSchema: schema128, data: data4 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        let i1 = data3.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data3[i1], data3[j0])) {
                const err12 = { instancePath: instancePath + "/psaps", schemaPath: "#/properties/psaps/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema125.properties.psaps, data: data3 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/psaps", schemaPath: "#/properties/psaps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema125.properties.psaps.type, parentSchema: schema125.properties.psaps, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.leadTimeHours !== void 0) {
      let data5 = data.leadTimeHours;
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 8760 || isNaN(data5)) {
          const err14 = { instancePath: instancePath + "/leadTimeHours", schemaPath: "#/properties/leadTimeHours/maximum", keyword: "maximum", params: { comparison: "<=", limit: 8760 }, message: "must be <= 8760", schema: 8760, parentSchema: schema125.properties.leadTimeHours, data: data5 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data5 < 0 || isNaN(data5)) {
          const err15 = { instancePath: instancePath + "/leadTimeHours", schemaPath: "#/properties/leadTimeHours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema125.properties.leadTimeHours, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/leadTimeHours", schemaPath: "#/properties/leadTimeHours/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema125.properties.leadTimeHours.type, parentSchema: schema125.properties.leadTimeHours, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema125.type, parentSchema: schema125, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
validate61.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema129 = { "description": "Escalation contact for the change.", "type": "object", "required": ["contact", "targetMinutes"], "properties": { "contact": { "$ref": "#/$defs/text", "description": "Person or desk to escalate to." }, "phone": { "$ref": "#/$defs/text", "description": "Phone number of the escalation contact." }, "targetMinutes": { "description": "Target time, in minutes, to escalate once emergency traffic is affected.", "type": "integer", "minimum": 1, "maximum": 1440 } }, "additionalProperties": false };
function validate63(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate63.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.contact === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "contact" }, message: "must have required property 'contact'", schema: schema129.required, parentSchema: schema129, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.targetMinutes === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "targetMinutes" }, message: "must have required property 'targetMinutes'", schema: schema129.required, parentSchema: schema129, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "contact" || key0 === "phone" || key0 === "targetMinutes")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema129, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.contact !== void 0) {
      let data0 = data.contact;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err3 = { instancePath: instancePath + "/contact", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema118, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/contact", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema118.type, parentSchema: schema118, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.phone !== void 0) {
      let data1 = data.phone;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err5 = { instancePath: instancePath + "/phone", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema118, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/phone", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema118.type, parentSchema: schema118, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.targetMinutes !== void 0) {
      let data2 = data.targetMinutes;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err7 = { instancePath: instancePath + "/targetMinutes", schemaPath: "#/properties/targetMinutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema129.properties.targetMinutes.type, parentSchema: schema129.properties.targetMinutes, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 1440 || isNaN(data2)) {
          const err8 = { instancePath: instancePath + "/targetMinutes", schemaPath: "#/properties/targetMinutes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1440 }, message: "must be <= 1440", schema: 1440, parentSchema: schema129.properties.targetMinutes, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2 < 1 || isNaN(data2)) {
          const err9 = { instancePath: instancePath + "/targetMinutes", schemaPath: "#/properties/targetMinutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema129.properties.targetMinutes, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema129.type, parentSchema: schema129, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate63.errors = vErrors;
  return errors === 0;
}
validate63.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema132 = { "description": "One step of the plan.", "type": "object", "required": ["id", "action", "targets", "window"], "properties": { "id": { "$ref": "#/$defs/id", "description": 'Step identifier, unique within the change request, for example "s1".', "markdownDescription": "Step id, unique in the change request, used by `dependsOn` and waivers.", "examples": ["s1"] }, "action": { "description": "What the step does. drain moves traffic away from the targets; restore brings them back into service.", "markdownDescription": "What the step does:\n\n- `software-upgrade`: a new version on the targets (give `software`)\n- `config-push`, `reconnection`: a configuration or command sequence (give `procedure`)\n- `capacity-add`, `capacity-remove`: licensed capacity changes (give `capacityChange`)\n- `restart`, `isolate`: the targets leave service; drain them first\n- `drain`: moves traffic away from the targets; `restore` brings them back into service", "examples": ["drain", "software-upgrade", "restore"], "type": "string", "enum": ["software-upgrade", "config-push", "reconnection", "capacity-add", "capacity-remove", "restart", "drain", "isolate", "restore"] }, "description": { "$ref": "#/$defs/text", "description": "Free-text description of the step." }, "targets": { "$ref": "#/$defs/targets", "description": "What the step acts on." }, "window": { "$ref": "#/$defs/window", "description": "When the step runs." }, "dependsOn": { "description": "Identifiers of steps of the same change request that must finish before this one starts.", "type": "array", "items": { "$ref": "#/$defs/id", "description": "A step identifier." }, "uniqueItems": true }, "software": { "$ref": "#/$defs/software", "description": "Software deployed by the step (required for software-upgrade)." }, "procedure": { "$ref": "#/$defs/text", "description": `Identifier of the procedure or command set applied, for example "RECONNECT-SEQ-V3". For config-push and reconnection it is the change signature that must go through canary and soak; without it, the step's change gets a signature of its own that is never proven.` }, "artefacts": { "description": "Files the step applies (configuration files, policy files, scripts, packages), whatever its action. Each is checked against the software catalog's knownBad list by name and SHA-256.", "type": "array", "items": { "$ref": "#/$defs/artefact", "description": "A file applied by the step." }, "minItems": 1 }, "rollback": { "$ref": "#/$defs/rollback", "description": "How the step is undone, and how long that takes." }, "verification": { "$ref": "#/$defs/verification", "description": "Checks made after the step." }, "capacityLoss": { "$ref": "#/$defs/fraction", "description": "Fraction (0 to 1) of each target's capacity lost while the step runs. Default: 1 for every action except drain and restore (0)." }, "capacityChange": { "$ref": "#/$defs/capacityChange", "description": "For capacity-add and capacity-remove: the capacity added (positive) or removed (negative) on each targeted call server." } }, "additionalProperties": false, "allOf": [{ "description": "A software-upgrade step names the software it deploys.", "if": { "properties": { "action": { "description": "The step is a software upgrade.", "const": "software-upgrade" } }, "required": ["action"] }, "then": { "required": ["software"], "properties": { "software": { "description": "Required for a software-upgrade step." } } } }, { "description": "capacityChange is only for capacity-add and capacity-remove steps.", "if": { "properties": { "action": { "description": "The step adds or removes capacity.", "enum": ["capacity-add", "capacity-remove"] } }, "required": ["action"] }, "else": { "not": { "required": ["capacityChange"], "properties": { "capacityChange": { "description": "Not allowed on actions other than capacity-add and capacity-remove." } } } } }] };
var schema160 = { "description": "A fraction from 0 to 1.", "type": "number", "minimum": 0, "maximum": 1 };
var schema161 = { "description": "Capacity added (positive) or removed (negative) on each targeted call server.", "type": "object", "required": ["sessions", "cps"], "properties": { "sessions": { "description": "Simultaneous sessions added per targeted call server (negative to remove).", "type": "integer", "minimum": -1e7, "maximum": 1e7 }, "cps": { "description": "Call attempts per second added per targeted call server (negative to remove).", "type": "integer", "minimum": -1e7, "maximum": 1e7 } }, "additionalProperties": false };
var schema135 = { "description": "What a step acts on: at least one of sites, callServers or trunks must be non-empty. A site target puts every call server and trunk of that site at risk.", "type": "object", "properties": { "sites": { "description": "Identifiers of sites targeted; every call server and trunk of these sites is at risk.", "type": "array", "items": { "$ref": "#/$defs/id", "description": "A site identifier." }, "uniqueItems": true }, "callServers": { "description": "Identifiers of call servers targeted.", "type": "array", "items": { "$ref": "#/$defs/id", "description": "A call server identifier." }, "uniqueItems": true }, "trunks": { "description": "Identifiers of trunks targeted.", "type": "array", "items": { "$ref": "#/$defs/id", "description": "A trunk identifier." }, "uniqueItems": true } }, "additionalProperties": false, "anyOf": [{ "description": "At least one site.", "required": ["sites"], "properties": { "sites": { "description": "At least one site.", "type": "array", "minItems": 1 } } }, { "description": "At least one call server.", "required": ["callServers"], "properties": { "callServers": { "description": "At least one call server.", "type": "array", "minItems": 1 } } }, { "description": "At least one trunk.", "required": ["trunks"], "properties": { "trunks": { "description": "At least one trunk.", "type": "array", "minItems": 1 } } }] };
function validate66(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate66.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.sites === void 0) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "sites" }, message: "must have required property 'sites'", schema: schema135.anyOf[0].required, parentSchema: schema135.anyOf[0], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.sites !== void 0) {
      let data0 = data.sites;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err1 = { instancePath: instancePath + "/sites", schemaPath: "#/anyOf/0/properties/sites/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema135.anyOf[0].properties.sites, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/sites", schemaPath: "#/anyOf/0/properties/sites/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema135.anyOf[0].properties.sites.type, parentSchema: schema135.anyOf[0].properties.sites, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    var props0 = {};
    props0.sites = true;
  }
  const _errs5 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.callServers === void 0) {
      const err3 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "callServers" }, message: "must have required property 'callServers'", schema: schema135.anyOf[1].required, parentSchema: schema135.anyOf[1], data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.callServers !== void 0) {
      let data1 = data.callServers;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err4 = { instancePath: instancePath + "/callServers", schemaPath: "#/anyOf/1/properties/callServers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema135.anyOf[1].properties.callServers, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/callServers", schemaPath: "#/anyOf/1/properties/callServers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema135.anyOf[1].properties.callServers.type, parentSchema: schema135.anyOf[1].properties.callServers, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs5 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.callServers = true;
    }
  }
  const _errs8 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.trunks === void 0) {
      const err6 = { instancePath, schemaPath: "#/anyOf/2/required", keyword: "required", params: { missingProperty: "trunks" }, message: "must have required property 'trunks'", schema: schema135.anyOf[2].required, parentSchema: schema135.anyOf[2], data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.trunks !== void 0) {
      let data2 = data.trunks;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err7 = { instancePath: instancePath + "/trunks", schemaPath: "#/anyOf/2/properties/trunks/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema135.anyOf[2].properties.trunks, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/trunks", schemaPath: "#/anyOf/2/properties/trunks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema135.anyOf[2].properties.trunks.type, parentSchema: schema135.anyOf[2].properties.trunks, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs8 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.trunks = true;
    }
  }
  if (!valid0) {
    const err9 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema135.anyOf, parentSchema: schema135, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "sites" || key0 === "callServers" || key0 === "trunks")) {
        const err10 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema135, data };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.sites !== void 0) {
      let data3 = data.sites;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === "string") {
            if (!pattern4.test(data4)) {
              const err11 = { instancePath: instancePath + "/sites/" + i0, schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema128, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/sites/" + i0, schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema128.type, parentSchema: schema128, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        let i1 = data3.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data3[i1], data3[j0])) {
                const err13 = { instancePath: instancePath + "/sites", schemaPath: "#/properties/sites/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema135.properties.sites, data: data3 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/sites", schemaPath: "#/properties/sites/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema135.properties.sites.type, parentSchema: schema135.properties.sites, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.callServers !== void 0) {
      let data5 = data.callServers;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data6 = data5[i2];
          if (typeof data6 === "string") {
            if (!pattern4.test(data6)) {
              const err15 = { instancePath: instancePath + "/callServers/" + i2, schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema128, data: data6 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/callServers/" + i2, schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema128.type, parentSchema: schema128, data: data6 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        let i3 = data5.length;
        let j1;
        if (i3 > 1) {
          outer1: for (; i3--; ) {
            for (j1 = i3; j1--; ) {
              if (func0(data5[i3], data5[j1])) {
                const err17 = { instancePath: instancePath + "/callServers", schemaPath: "#/properties/callServers/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema135.properties.callServers, data: data5 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/callServers", schemaPath: "#/properties/callServers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema135.properties.callServers.type, parentSchema: schema135.properties.callServers, data: data5 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.trunks !== void 0) {
      let data7 = data.trunks;
      if (Array.isArray(data7)) {
        const len2 = data7.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data8 = data7[i4];
          if (typeof data8 === "string") {
            if (!pattern4.test(data8)) {
              const err19 = { instancePath: instancePath + "/trunks/" + i4, schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema128, data: data8 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/trunks/" + i4, schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema128.type, parentSchema: schema128, data: data8 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        let i5 = data7.length;
        let j2;
        if (i5 > 1) {
          outer2: for (; i5--; ) {
            for (j2 = i5; j2--; ) {
              if (func0(data7[i5], data7[j2])) {
                const err21 = { instancePath: instancePath + "/trunks", schemaPath: "#/properties/trunks/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: true, parentSchema: schema135.properties.trunks, data: data7 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
                break outer2;
              }
            }
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/trunks", schemaPath: "#/properties/trunks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema135.properties.trunks.type, parentSchema: schema135.properties.trunks, data: data7 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema135.type, parentSchema: schema135, data };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate66.errors = vErrors;
  return errors === 0;
}
validate66.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema139 = { "description": "The time window of a step, from start to end (end after start).", "type": "object", "required": ["start", "end"], "properties": { "start": { "$ref": "#/$defs/instant", "description": "Start of the step. With an offset, or local (read in timeZone, else in the policy time zone).", "examples": ["2026-12-08T00:30:00+01:00", "2026-12-08T00:30"] }, "end": { "$ref": "#/$defs/instant", "description": "End of the step. With an offset, or local (read in timeZone, else in the policy time zone).", "examples": ["2026-12-08T00:30:00+01:00", "2026-12-08T00:30"] }, "timeZone": { "$ref": "#/$defs/timeZone", "description": "IANA time zone in which local start and end are read; when absent, the policy time zone." } }, "additionalProperties": false };
var schema142 = { "description": 'An IANA time zone name, for example "Europe/Paris". Abbreviations such as "CET" and fixed offsets are not accepted.', "markdownDescription": "An IANA time zone name of the form `Area/Location`, e.g. `Europe/Paris`, or `UTC`.\n\nAbbreviations such as `CET` and fixed offsets such as `Etc/GMT-1` are **refused**: they do not say which region's daylight-saving rules apply. See [time zones](https://github.com/changegate/changegate/blob/v0.1.0/docs/formats.md#time-instants-time-zones-and-windows).", "examples": ["Europe/Paris", "UTC"], "type": "string", "format": "iana-time-zone" };
function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate68.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.start === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema139.required, parentSchema: schema139, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.end === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'", schema: schema139.required, parentSchema: schema139, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "start" || key0 === "end" || key0 === "timeZone")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema139, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.start !== void 0) {
      let data0 = data.start;
      if (typeof data0 === "string") {
        if (!formats10.validate(data0)) {
          const err3 = { instancePath: instancePath + "/start", schemaPath: "#/$defs/instant/format", keyword: "format", params: { format: "instant" }, message: 'must match format "instant"', schema: "instant", parentSchema: schema124, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/start", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema124.type, parentSchema: schema124, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.end !== void 0) {
      let data1 = data.end;
      if (typeof data1 === "string") {
        if (!formats10.validate(data1)) {
          const err5 = { instancePath: instancePath + "/end", schemaPath: "#/$defs/instant/format", keyword: "format", params: { format: "instant" }, message: 'must match format "instant"', schema: "instant", parentSchema: schema124, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/end", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema124.type, parentSchema: schema124, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.timeZone !== void 0) {
      let data2 = data.timeZone;
      if (typeof data2 === "string") {
        if (!formats0.validate(data2)) {
          const err7 = { instancePath: instancePath + "/timeZone", schemaPath: "#/$defs/timeZone/format", keyword: "format", params: { format: "iana-time-zone" }, message: 'must match format "iana-time-zone"', schema: "iana-time-zone", parentSchema: schema142, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/timeZone", schemaPath: "#/$defs/timeZone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema142.type, parentSchema: schema142, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema139.type, parentSchema: schema139, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate68.errors = vErrors;
  return errors === 0;
}
validate68.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema144 = { "description": "Software deployed by a step.", "type": "object", "required": ["version"], "properties": { "version": { "$ref": "#/$defs/version", "description": "Version deployed; must be qualified in the software catalog." }, "previousVersion": { "$ref": "#/$defs/version", "description": "Version running before the step, kept for rollback." }, "artefact": { "$ref": "#/$defs/text", "description": "Artefact (package file name) deployed." }, "sha256": { "$ref": "#/$defs/sha256", "description": "SHA-256 of the artefact (64 lowercase hex characters)." } }, "additionalProperties": false };
var schema145 = { "description": 'A software version string as the vendor writes it, for example "7.4.2".', "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._+~-]{0,63}$" };
var schema148 = { "description": "A SHA-256 digest: 64 lowercase hexadecimal characters.", "type": "string", "pattern": "^[0-9a-f]{64}$" };
function validate70(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate70.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema144.required, parentSchema: schema144, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "previousVersion" || key0 === "artefact" || key0 === "sha256")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema144, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (typeof data0 === "string") {
        if (!pattern9.test(data0)) {
          const err2 = { instancePath: instancePath + "/version", schemaPath: "#/$defs/version/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._+~-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._+~-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._+~-]{0,63}$", parentSchema: schema145, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/version", schemaPath: "#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema145.type, parentSchema: schema145, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.previousVersion !== void 0) {
      let data1 = data.previousVersion;
      if (typeof data1 === "string") {
        if (!pattern9.test(data1)) {
          const err4 = { instancePath: instancePath + "/previousVersion", schemaPath: "#/$defs/version/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._+~-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._+~-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._+~-]{0,63}$", parentSchema: schema145, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/previousVersion", schemaPath: "#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema145.type, parentSchema: schema145, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.artefact !== void 0) {
      let data2 = data.artefact;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err6 = { instancePath: instancePath + "/artefact", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema118, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/artefact", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema118.type, parentSchema: schema118, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.sha256 !== void 0) {
      let data3 = data.sha256;
      if (typeof data3 === "string") {
        if (!pattern28.test(data3)) {
          const err8 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema148, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema148.type, parentSchema: schema148, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema144.type, parentSchema: schema144, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate70.errors = vErrors;
  return errors === 0;
}
validate70.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema150 = { "description": "A file a step applies, named and identified by its content hash.", "type": "object", "required": ["name", "sha256"], "properties": { "name": { "$ref": "#/$defs/text", "description": 'File name of the artefact, for example "trunk-groups-2026-12.cfg".' }, "sha256": { "$ref": "#/$defs/sha256", "description": "SHA-256 of the file's content (64 lowercase hex characters): it identifies the file whatever its name." } }, "additionalProperties": false };
function validate72(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate72.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema150.required, parentSchema: schema150, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.sha256 === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema150.required, parentSchema: schema150, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "sha256")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema150, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema118, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema118.type, parentSchema: schema118, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.sha256 !== void 0) {
      let data1 = data.sha256;
      if (typeof data1 === "string") {
        if (!pattern28.test(data1)) {
          const err5 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema148, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema148.type, parentSchema: schema148, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema150.type, parentSchema: schema150, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate72.errors = vErrors;
  return errors === 0;
}
validate72.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema153 = { "description": "How a step is undone.", "type": "object", "required": ["procedure", "minutes"], "properties": { "procedure": { "$ref": "#/$defs/text", "description": "The rollback procedure (text or procedure identifier)." }, "minutes": { "description": "Bounded duration of the rollback, in minutes. Step plus rollback (plus the recovery of dependent traffic, when stated) must fit in the maintenance window.", "type": "integer", "minimum": 0, "maximum": 10080 }, "includesTrafficRecovery": { "description": "True when the minutes include bringing traffic back onto the targets. Default: false.", "type": "boolean", "default": false }, "recovery": { "description": "Recovery of the traffic that depends on the targets once the rollback has put them back (for example subscribers re-registering after a core element returns), when it takes longer than the rollback itself. The maintenance window and the rollback bound must hold the rollback plus this recovery.", "type": "object", "required": ["of", "minutes"], "properties": { "of": { "$ref": "#/$defs/text", "description": 'What recovers, for example "re-registration of 2 million subscribers".' }, "minutes": { "description": "How long the recovery takes after the rollback ends, in minutes.", "type": "integer", "minimum": 0, "maximum": 10080 } }, "additionalProperties": false } }, "additionalProperties": false };
function validate74(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate74.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.procedure === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "procedure" }, message: "must have required property 'procedure'", schema: schema153.required, parentSchema: schema153, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.minutes === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "minutes" }, message: "must have required property 'minutes'", schema: schema153.required, parentSchema: schema153, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "procedure" || key0 === "minutes" || key0 === "includesTrafficRecovery" || key0 === "recovery")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema153, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.procedure !== void 0) {
      let data0 = data.procedure;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err3 = { instancePath: instancePath + "/procedure", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema118, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/procedure", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema118.type, parentSchema: schema118, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.minutes !== void 0) {
      let data1 = data.minutes;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err5 = { instancePath: instancePath + "/minutes", schemaPath: "#/properties/minutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema153.properties.minutes.type, parentSchema: schema153.properties.minutes, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 10080 || isNaN(data1)) {
          const err6 = { instancePath: instancePath + "/minutes", schemaPath: "#/properties/minutes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10080 }, message: "must be <= 10080", schema: 10080, parentSchema: schema153.properties.minutes, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/minutes", schemaPath: "#/properties/minutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema153.properties.minutes, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.includesTrafficRecovery !== void 0) {
      let data2 = data.includesTrafficRecovery;
      if (typeof data2 !== "boolean") {
        const err8 = { instancePath: instancePath + "/includesTrafficRecovery", schemaPath: "#/properties/includesTrafficRecovery/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema153.properties.includesTrafficRecovery.type, parentSchema: schema153.properties.includesTrafficRecovery, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.recovery !== void 0) {
      let data3 = data.recovery;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.of === void 0) {
          const err9 = { instancePath: instancePath + "/recovery", schemaPath: "#/properties/recovery/required", keyword: "required", params: { missingProperty: "of" }, message: "must have required property 'of'", schema: schema153.properties.recovery.required, parentSchema: schema153.properties.recovery, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data3.minutes === void 0) {
          const err10 = { instancePath: instancePath + "/recovery", schemaPath: "#/properties/recovery/required", keyword: "required", params: { missingProperty: "minutes" }, message: "must have required property 'minutes'", schema: schema153.properties.recovery.required, parentSchema: schema153.properties.recovery, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "of" || key1 === "minutes")) {
            const err11 = { instancePath: instancePath + "/recovery", schemaPath: "#/properties/recovery/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema153.properties.recovery, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3.of !== void 0) {
          let data4 = data3.of;
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err12 = { instancePath: instancePath + "/recovery/of", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema118, data: data4 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/recovery/of", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema118.type, parentSchema: schema118, data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.minutes !== void 0) {
          let data5 = data3.minutes;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
            const err14 = { instancePath: instancePath + "/recovery/minutes", schemaPath: "#/properties/recovery/properties/minutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema153.properties.recovery.properties.minutes.type, parentSchema: schema153.properties.recovery.properties.minutes, data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 > 10080 || isNaN(data5)) {
              const err15 = { instancePath: instancePath + "/recovery/minutes", schemaPath: "#/properties/recovery/properties/minutes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10080 }, message: "must be <= 10080", schema: 10080, parentSchema: schema153.properties.recovery.properties.minutes, data: data5 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data5 < 0 || isNaN(data5)) {
              const err16 = { instancePath: instancePath + "/recovery/minutes", schemaPath: "#/properties/recovery/properties/minutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema153.properties.recovery.properties.minutes, data: data5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/recovery", schemaPath: "#/properties/recovery/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema153.properties.recovery.type, parentSchema: schema153.properties.recovery, data: data3 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema153.type, parentSchema: schema153, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate74.errors = vErrors;
  return errors === 0;
}
validate74.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema156 = { "description": "Checks made after a step, before the next step starts.", "type": "object", "required": ["testCalls"], "properties": { "testCalls": { "description": "Test calls placed after the step.", "type": "array", "items": { "$ref": "#/$defs/testCall", "description": "A test call." }, "minItems": 1 } }, "additionalProperties": false };
var schema157 = { "description": "One test call.", "type": "object", "required": ["number"], "properties": { "number": { "$ref": "#/$defs/dialledNumber", "description": 'Number called, as a quoted string: an emergency number of the inventory (for example "112") or one of its test numbers. Any other number is refused and does not count as verification.' }, "from": { "$ref": "#/$defs/text", "description": "Calling line or test probe used (informative)." } }, "additionalProperties": false };
var schema158 = { "description": `A dialled number: 2 to 15 digits, optionally after a leading '+', written as a quoted string (for example "112" or "+33100000001").`, "type": "string", "pattern": "^\\+?[0-9]{2,15}$" };
function validate77(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate77.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.number === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'", schema: schema157.required, parentSchema: schema157, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "number" || key0 === "from")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema157, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.number !== void 0) {
      let data0 = data.number;
      if (typeof data0 === "string") {
        if (!pattern23.test(data0)) {
          const err2 = { instancePath: instancePath + "/number", schemaPath: "#/$defs/dialledNumber/pattern", keyword: "pattern", params: { pattern: "^\\+?[0-9]{2,15}$" }, message: 'must match pattern "^\\+?[0-9]{2,15}$"', schema: "^\\+?[0-9]{2,15}$", parentSchema: schema158, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/number", schemaPath: "#/$defs/dialledNumber/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema158.type, parentSchema: schema158, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.from !== void 0) {
      let data1 = data.from;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err4 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema118, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema118.type, parentSchema: schema118, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema157.type, parentSchema: schema157, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate77.errors = vErrors;
  return errors === 0;
}
validate77.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate76(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate76.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.testCalls === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "testCalls" }, message: "must have required property 'testCalls'", schema: schema156.required, parentSchema: schema156, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "testCalls")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema156, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.testCalls !== void 0) {
      let data0 = data.testCalls;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err2 = { instancePath: instancePath + "/testCalls", schemaPath: "#/properties/testCalls/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema156.properties.testCalls, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate77(data0[i0], { instancePath: instancePath + "/testCalls/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/testCalls", schemaPath: "#/properties/testCalls/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema156.properties.testCalls.type, parentSchema: schema156.properties.testCalls, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema156.type, parentSchema: schema156, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate76.errors = vErrors;
  return errors === 0;
}
validate76.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate65(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate65.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.action === void 0 && (missing0 = "action")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.action !== void 0) {
        if ("software-upgrade" !== data.action) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.software === void 0) {
        const err2 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "software" }, message: "must have required property 'software'", schema: schema132.allOf[0].then.required, parentSchema: schema132.allOf[0].then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = {};
      props0.software = true;
      props0.action = true;
    }
  }
  if (!valid1) {
    const err3 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema132.allOf[0].if, parentSchema: schema132.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  const _errs7 = errors;
  let valid3 = true;
  const _errs8 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.action === void 0 && (missing1 = "action")) {
      const err4 = {};
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    } else {
      if (data.action !== void 0) {
        let data1 = data.action;
        if (!(data1 === "capacity-add" || data1 === "capacity-remove")) {
          const err5 = {};
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
  }
  var _valid1 = _errs8 === errors;
  errors = _errs7;
  if (vErrors !== null) {
    if (_errs7) {
      vErrors.length = _errs7;
    } else {
      vErrors = null;
    }
  }
  if (!_valid1) {
    const _errs10 = errors;
    const _errs11 = errors;
    const _errs12 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing2;
      if (data.capacityChange === void 0 && (missing2 = "capacityChange")) {
        const err6 = {};
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    var valid5 = _errs12 === errors;
    if (valid5) {
      const err7 = { instancePath, schemaPath: "#/allOf/1/else/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema132.allOf[1].else.not, parentSchema: schema132.allOf[1].else, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    } else {
      errors = _errs11;
      if (vErrors !== null) {
        if (_errs11) {
          vErrors.length = _errs11;
        } else {
          vErrors = null;
        }
      }
    }
    var _valid1 = _errs10 === errors;
    valid3 = _valid1;
  }
  if (!valid3) {
    const err8 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema132.allOf[1].if, parentSchema: schema132.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  if (props0 !== true) {
    props0 = props0 || {};
    props0.action = true;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema132.required, parentSchema: schema132, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.action === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'", schema: schema132.required, parentSchema: schema132, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.targets === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "targets" }, message: "must have required property 'targets'", schema: schema132.required, parentSchema: schema132, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.window === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "window" }, message: "must have required property 'window'", schema: schema132.required, parentSchema: schema132, data };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema132.properties, key0)) {
        const err13 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema132, data };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data2 = data.id;
      if (typeof data2 === "string") {
        if (!pattern4.test(data2)) {
          const err14 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema128, data: data2 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema128.type, parentSchema: schema128, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.action !== void 0) {
      let data3 = data.action;
      if (typeof data3 !== "string") {
        const err16 = { instancePath: instancePath + "/action", schemaPath: "#/properties/action/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema132.properties.action.type, parentSchema: schema132.properties.action, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (!(data3 === "software-upgrade" || data3 === "config-push" || data3 === "reconnection" || data3 === "capacity-add" || data3 === "capacity-remove" || data3 === "restart" || data3 === "drain" || data3 === "isolate" || data3 === "restore")) {
        const err17 = { instancePath: instancePath + "/action", schemaPath: "#/properties/action/enum", keyword: "enum", params: { allowedValues: schema132.properties.action.enum }, message: "must be equal to one of the allowed values", schema: schema132.properties.action.enum, parentSchema: schema132.properties.action, data: data3 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data4 = data.description;
      if (typeof data4 === "string") {
        if (func2(data4) < 1) {
          const err18 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema118, data: data4 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema118.type, parentSchema: schema118, data: data4 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.targets !== void 0) {
      if (!validate66(data.targets, { instancePath: instancePath + "/targets", parentData: data, parentDataProperty: "targets", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
        errors = vErrors.length;
      }
    }
    if (data.window !== void 0) {
      if (!validate68(data.window, { instancePath: instancePath + "/window", parentData: data, parentDataProperty: "window", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
        errors = vErrors.length;
      }
    }
    if (data.dependsOn !== void 0) {
      let data7 = data.dependsOn;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (typeof data8 === "string") {
            if (!pattern4.test(data8)) {
              const err20 = { instancePath: instancePath + "/dependsOn/" + i0, schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema128, data: data8 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/dependsOn/" + i0, schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema128.type, parentSchema: schema128, data: data8 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        let i1 = data7.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data7[i1], data7[j0])) {
                const err22 = { instancePath: instancePath + "/dependsOn", schemaPath: "#/properties/dependsOn/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema132.properties.dependsOn, data: data7 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/dependsOn", schemaPath: "#/properties/dependsOn/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema132.properties.dependsOn.type, parentSchema: schema132.properties.dependsOn, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.software !== void 0) {
      if (!validate70(data.software, { instancePath: instancePath + "/software", parentData: data, parentDataProperty: "software", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
        errors = vErrors.length;
      }
    }
    if (data.procedure !== void 0) {
      let data10 = data.procedure;
      if (typeof data10 === "string") {
        if (func2(data10) < 1) {
          const err24 = { instancePath: instancePath + "/procedure", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema118, data: data10 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/procedure", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema118.type, parentSchema: schema118, data: data10 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.artefacts !== void 0) {
      let data11 = data.artefacts;
      if (Array.isArray(data11)) {
        if (data11.length < 1) {
          const err26 = { instancePath: instancePath + "/artefacts", schemaPath: "#/properties/artefacts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema132.properties.artefacts, data: data11 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        const len1 = data11.length;
        for (let i2 = 0; i2 < len1; i2++) {
          if (!validate72(data11[i2], { instancePath: instancePath + "/artefacts/" + i2, parentData: data11, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/artefacts", schemaPath: "#/properties/artefacts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema132.properties.artefacts.type, parentSchema: schema132.properties.artefacts, data: data11 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.rollback !== void 0) {
      if (!validate74(data.rollback, { instancePath: instancePath + "/rollback", parentData: data, parentDataProperty: "rollback", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
        errors = vErrors.length;
      }
    }
    if (data.verification !== void 0) {
      if (!validate76(data.verification, { instancePath: instancePath + "/verification", parentData: data, parentDataProperty: "verification", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
        errors = vErrors.length;
      }
    }
    if (data.capacityLoss !== void 0) {
      let data15 = data.capacityLoss;
      if (typeof data15 == "number" && isFinite(data15)) {
        if (data15 > 1 || isNaN(data15)) {
          const err28 = { instancePath: instancePath + "/capacityLoss", schemaPath: "#/$defs/fraction/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema160, data: data15 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (data15 < 0 || isNaN(data15)) {
          const err29 = { instancePath: instancePath + "/capacityLoss", schemaPath: "#/$defs/fraction/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema160, data: data15 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/capacityLoss", schemaPath: "#/$defs/fraction/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema160.type, parentSchema: schema160, data: data15 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.capacityChange !== void 0) {
      let data16 = data.capacityChange;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (data16.sessions === void 0) {
          const err31 = { instancePath: instancePath + "/capacityChange", schemaPath: "#/$defs/capacityChange/required", keyword: "required", params: { missingProperty: "sessions" }, message: "must have required property 'sessions'", schema: schema161.required, parentSchema: schema161, data: data16 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (data16.cps === void 0) {
          const err32 = { instancePath: instancePath + "/capacityChange", schemaPath: "#/$defs/capacityChange/required", keyword: "required", params: { missingProperty: "cps" }, message: "must have required property 'cps'", schema: schema161.required, parentSchema: schema161, data: data16 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        for (const key1 in data16) {
          if (!(key1 === "sessions" || key1 === "cps")) {
            const err33 = { instancePath: instancePath + "/capacityChange", schemaPath: "#/$defs/capacityChange/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema161, data: data16 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data16.sessions !== void 0) {
          let data17 = data16.sessions;
          if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
            const err34 = { instancePath: instancePath + "/capacityChange/sessions", schemaPath: "#/$defs/capacityChange/properties/sessions/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema161.properties.sessions.type, parentSchema: schema161.properties.sessions, data: data17 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 > 1e7 || isNaN(data17)) {
              const err35 = { instancePath: instancePath + "/capacityChange/sessions", schemaPath: "#/$defs/capacityChange/properties/sessions/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e7 }, message: "must be <= 10000000", schema: 1e7, parentSchema: schema161.properties.sessions, data: data17 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (data17 < -1e7 || isNaN(data17)) {
              const err36 = { instancePath: instancePath + "/capacityChange/sessions", schemaPath: "#/$defs/capacityChange/properties/sessions/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e7 }, message: "must be >= -10000000", schema: -1e7, parentSchema: schema161.properties.sessions, data: data17 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
        }
        if (data16.cps !== void 0) {
          let data18 = data16.cps;
          if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
            const err37 = { instancePath: instancePath + "/capacityChange/cps", schemaPath: "#/$defs/capacityChange/properties/cps/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema161.properties.cps.type, parentSchema: schema161.properties.cps, data: data18 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (typeof data18 == "number" && isFinite(data18)) {
            if (data18 > 1e7 || isNaN(data18)) {
              const err38 = { instancePath: instancePath + "/capacityChange/cps", schemaPath: "#/$defs/capacityChange/properties/cps/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e7 }, message: "must be <= 10000000", schema: 1e7, parentSchema: schema161.properties.cps, data: data18 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data18 < -1e7 || isNaN(data18)) {
              const err39 = { instancePath: instancePath + "/capacityChange/cps", schemaPath: "#/$defs/capacityChange/properties/cps/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e7 }, message: "must be >= -10000000", schema: -1e7, parentSchema: schema161.properties.cps, data: data18 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/capacityChange", schemaPath: "#/$defs/capacityChange/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema161.type, parentSchema: schema161, data: data16 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
  } else {
    const err41 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema132.type, parentSchema: schema132, data };
    if (vErrors === null) {
      vErrors = [err41];
    } else {
      vErrors.push(err41);
    }
    errors++;
  }
  validate65.errors = vErrors;
  return errors === 0;
}
validate65.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate58.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema116.required, parentSchema: schema116, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema116.required, parentSchema: schema116, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema116.required, parentSchema: schema116, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'", schema: schema116.required, parentSchema: schema116, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.purpose === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "purpose" }, message: "must have required property 'purpose'", schema: schema116.required, parentSchema: schema116, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.declaredRisk === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "declaredRisk" }, message: "must have required property 'declaredRisk'", schema: schema116.required, parentSchema: schema116, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.state === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema116.required, parentSchema: schema116, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.steps === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property 'steps'", schema: schema116.required, parentSchema: schema116, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema116.properties, key0)) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema116, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if (typeof data0 !== "string") {
        const err9 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema116.properties.kind.type, parentSchema: schema116.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if ("ChangeRequest" !== data0) {
        const err10 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "ChangeRequest" }, message: "must be equal to constant", schema: "ChangeRequest", parentSchema: schema116.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!pattern46.test(data1)) {
          const err11 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/changeId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9._-]{0,63}$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9._-]{0,63}$"', schema: "^[A-Za-z][A-Za-z0-9._-]{0,63}$", parentSchema: schema117, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/changeId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema117.type, parentSchema: schema117, data: data1 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err13 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema118, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema118.type, parentSchema: schema118, data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data3 = data.owner;
      if (typeof data3 === "string") {
        if (!pattern4.test(data3)) {
          const err15 = { instancePath: instancePath + "/owner", schemaPath: "#/$defs/personId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema119, data: data3 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/owner", schemaPath: "#/$defs/personId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.type, parentSchema: schema119, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.purpose !== void 0) {
      let data4 = data.purpose;
      if (typeof data4 === "string") {
        if (func2(data4) < 1) {
          const err17 = { instancePath: instancePath + "/purpose", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema118, data: data4 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/purpose", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema118.type, parentSchema: schema118, data: data4 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.declaredRisk !== void 0) {
      let data5 = data.declaredRisk;
      if (typeof data5 !== "string") {
        const err19 = { instancePath: instancePath + "/declaredRisk", schemaPath: "#/properties/declaredRisk/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema116.properties.declaredRisk.type, parentSchema: schema116.properties.declaredRisk, data: data5 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (!(data5 === "low" || data5 === "medium" || data5 === "high" || data5 === "critical")) {
        const err20 = { instancePath: instancePath + "/declaredRisk", schemaPath: "#/properties/declaredRisk/enum", keyword: "enum", params: { allowedValues: schema116.properties.declaredRisk.enum }, message: "must be equal to one of the allowed values", schema: schema116.properties.declaredRisk.enum, parentSchema: schema116.properties.declaredRisk, data: data5 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.state !== void 0) {
      let data6 = data.state;
      if (typeof data6 !== "string") {
        const err21 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema116.properties.state.type, parentSchema: schema116.properties.state, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (!(data6 === "draft" || data6 === "proposed" || data6 === "approved" || data6 === "scheduled" || data6 === "in-progress" || data6 === "done" || data6 === "cancelled")) {
        const err22 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/enum", keyword: "enum", params: { allowedValues: schema116.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema116.properties.state.enum, parentSchema: schema116.properties.state, data: data6 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.capacityUpgrade !== void 0) {
      let data7 = data.capacityUpgrade;
      if (typeof data7 !== "boolean") {
        const err23 = { instancePath: instancePath + "/capacityUpgrade", schemaPath: "#/properties/capacityUpgrade/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema116.properties.capacityUpgrade.type, parentSchema: schema116.properties.capacityUpgrade, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.approvals !== void 0) {
      let data8 = data.approvals;
      if (Array.isArray(data8)) {
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate59(data8[i0], { instancePath: instancePath + "/approvals/" + i0, parentData: data8, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema116.properties.approvals.type, parentSchema: schema116.properties.approvals, data: data8 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.notify !== void 0) {
      let data10 = data.notify;
      if (Array.isArray(data10)) {
        const len1 = data10.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate61(data10[i1], { instancePath: instancePath + "/notify/" + i1, parentData: data10, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/notify", schemaPath: "#/properties/notify/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema116.properties.notify.type, parentSchema: schema116.properties.notify, data: data10 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.escalation !== void 0) {
      if (!validate63(data.escalation, { instancePath: instancePath + "/escalation", parentData: data, parentDataProperty: "escalation", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.steps !== void 0) {
      let data13 = data.steps;
      if (Array.isArray(data13)) {
        if (data13.length < 1) {
          const err26 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema116.properties.steps, data: data13 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        const len2 = data13.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate65(data13[i2], { instancePath: instancePath + "/steps/" + i2, parentData: data13, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema116.properties.steps.type, parentSchema: schema116.properties.steps, data: data13 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema116.type, parentSchema: schema116, data };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
validate58.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var Waiver = validate81;
var schema162 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://changegate.dev/schemas/waiver.schema.json", "title": "changegate Waiver", "description": "A waiver: a documented, approved, expiring exception to one rule for one change request (optionally one step). One waiver per file.", "type": "object", "required": ["kind", "id", "rule", "change", "justification", "approvedBy", "ticket", "expires"], "properties": { "kind": { "description": 'The document kind. Must be "Waiver" for waivers.', "type": "string", "const": "Waiver" }, "id": { "$ref": "#/$defs/id", "description": "Unique waiver identifier." }, "rule": { "$ref": "#/$defs/ruleId", "description": 'Identifier of the rule waived, for example "maintenance-window".', "markdownDescription": "The id of the rule waived, as `changegate rules` lists it (input rules cannot be waived).", "examples": ["maintenance-window"] }, "change": { "$ref": "#/$defs/changeId", "description": "Identifier of the change request the waiver applies to." }, "step": { "$ref": "#/$defs/id", "description": "Identifier of the step the waiver applies to; when absent, every step of the change request." }, "element": { "description": 'For rules whose findings each name an element or window (their page gives a "Waiver scope"): the one this waiver covers, e.g. the redundancy group "ECI" or the emergency number "112". Required for those rules: a waiver never covers every element at once.', "type": "string", "minLength": 1, "maxLength": 64 }, "justification": { "description": "Why the exception is acceptable (at least 20 characters).", "type": "string", "minLength": 20 }, "requestedBy": { "$ref": "#/$defs/personId", "description": "Who wrote the waiver and asks for it; they cannot approve it. With a verified approval source the authors proven by the source (pull-request author, signers of the waiver's other lines) cannot approve it either." }, "approvedBy": { "description": "Who approved the waiver: one person id, or a list of distinct person ids, one per line in block style (with signed-commits each line must come from a commit signed by that approver). How many and in which role is set by the policy's waiverApprovals; the change's owner and the waiver's author never count.", "oneOf": [{ "$ref": "#/$defs/personId", "description": "One approver." }, { "type": "array", "items": { "$ref": "#/$defs/personId", "description": "An approver's id." }, "minItems": 1, "uniqueItems": true, "description": "Several approvers, distinct." }] }, "ticket": { "$ref": "#/$defs/text", "description": "Ticket or record of the waiver decision." }, "expires": { "$ref": "#/$defs/instant", "description": "When the waiver stops applying. Local date-times are read in the policy time zone.", "markdownDescription": "When the waiver stops covering findings: an instant with an offset. An expired waiver covers nothing, and the finding blocks again.", "examples": ["2026-12-31T23:59:00+01:00"] } }, "additionalProperties": false, "$defs": { "id": { "description": "An identifier: 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit. Identifiers are case-sensitive.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, "changeId": { "description": `A change request identifier such as "CR-2026-0412": 1 to 64 characters, letters, digits, '.', '_' and '-', starting with a letter.`, "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9._-]{0,63}$" }, "personId": { "description": `A person's identifier (for example a directory login such as "a.martin"): 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit.`, "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, "ruleId": { "description": 'A changegate rule identifier in kebab case, for example "surviving-capacity".', "type": "string", "pattern": "^[a-z][a-z0-9-]*$" }, "instant": { "description": 'A point in time in ISO 8601: with an offset ("2026-12-08T00:30:00+01:00", "2026-12-07T23:30:00Z") or as a local date-time without offset ("2026-12-08T00:30" or "2026-12-08T00:30:00"), which is read in the applicable time zone. A local time that does not exist or is ambiguous at a daylight-saving change is refused: write an offset. An offset has at most 23 hours and minutes below 60 (+01:99 is refused, not read as +02:39).', "type": "string", "format": "instant" }, "text": { "description": "Free text, at least one character.", "type": "string", "minLength": 1 } } };
var schema163 = { "description": "An identifier: 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit. Identifiers are case-sensitive.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" };
var schema164 = { "description": 'A changegate rule identifier in kebab case, for example "surviving-capacity".', "type": "string", "pattern": "^[a-z][a-z0-9-]*$" };
var schema165 = { "description": `A change request identifier such as "CR-2026-0412": 1 to 64 characters, letters, digits, '.', '_' and '-', starting with a letter.`, "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9._-]{0,63}$" };
var schema167 = { "description": `A person's identifier (for example a directory login such as "a.martin"): 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit.`, "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" };
var schema170 = { "description": "Free text, at least one character.", "type": "string", "minLength": 1 };
var schema171 = { "description": 'A point in time in ISO 8601: with an offset ("2026-12-08T00:30:00+01:00", "2026-12-07T23:30:00Z") or as a local date-time without offset ("2026-12-08T00:30" or "2026-12-08T00:30:00"), which is read in the applicable time zone. A local time that does not exist or is ambiguous at a daylight-saving change is refused: write an offset. An offset has at most 23 hours and minutes below 60 (+01:99 is refused, not read as +02:39).', "type": "string", "format": "instant" };
function validate81(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate81.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema162.required, parentSchema: schema162, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema162.required, parentSchema: schema162, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.rule === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema162.required, parentSchema: schema162, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.change === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "change" }, message: "must have required property 'change'", schema: schema162.required, parentSchema: schema162, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.justification === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "justification" }, message: "must have required property 'justification'", schema: schema162.required, parentSchema: schema162, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.approvedBy === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "approvedBy" }, message: "must have required property 'approvedBy'", schema: schema162.required, parentSchema: schema162, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.ticket === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ticket" }, message: "must have required property 'ticket'", schema: schema162.required, parentSchema: schema162, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.expires === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'", schema: schema162.required, parentSchema: schema162, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema162.properties, key0)) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema162, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if (typeof data0 !== "string") {
        const err9 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema162.properties.kind.type, parentSchema: schema162.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if ("Waiver" !== data0) {
        const err10 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Waiver" }, message: "must be equal to constant", schema: "Waiver", parentSchema: schema162.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err11 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema163, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema163.type, parentSchema: schema163, data: data1 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.rule !== void 0) {
      let data2 = data.rule;
      if (typeof data2 === "string") {
        if (!pattern45.test(data2)) {
          const err13 = { instancePath: instancePath + "/rule", schemaPath: "#/$defs/ruleId/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]*$" }, message: 'must match pattern "^[a-z][a-z0-9-]*$"', schema: "^[a-z][a-z0-9-]*$", parentSchema: schema164, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/rule", schemaPath: "#/$defs/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema164.type, parentSchema: schema164, data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.change !== void 0) {
      let data3 = data.change;
      if (typeof data3 === "string") {
        if (!pattern46.test(data3)) {
          const err15 = { instancePath: instancePath + "/change", schemaPath: "#/$defs/changeId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9._-]{0,63}$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9._-]{0,63}$"', schema: "^[A-Za-z][A-Za-z0-9._-]{0,63}$", parentSchema: schema165, data: data3 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/change", schemaPath: "#/$defs/changeId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema165.type, parentSchema: schema165, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.step !== void 0) {
      let data4 = data.step;
      if (typeof data4 === "string") {
        if (!pattern4.test(data4)) {
          const err17 = { instancePath: instancePath + "/step", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema163, data: data4 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/step", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema163.type, parentSchema: schema163, data: data4 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.element !== void 0) {
      let data5 = data.element;
      if (typeof data5 === "string") {
        if (func2(data5) > 64) {
          const err19 = { instancePath: instancePath + "/element", schemaPath: "#/properties/element/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema162.properties.element, data: data5 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (func2(data5) < 1) {
          const err20 = { instancePath: instancePath + "/element", schemaPath: "#/properties/element/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema162.properties.element, data: data5 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/element", schemaPath: "#/properties/element/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema162.properties.element.type, parentSchema: schema162.properties.element, data: data5 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.justification !== void 0) {
      let data6 = data.justification;
      if (typeof data6 === "string") {
        if (func2(data6) < 20) {
          const err22 = { instancePath: instancePath + "/justification", schemaPath: "#/properties/justification/minLength", keyword: "minLength", params: { limit: 20 }, message: "must NOT have fewer than 20 characters", schema: 20, parentSchema: schema162.properties.justification, data: data6 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/justification", schemaPath: "#/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema162.properties.justification.type, parentSchema: schema162.properties.justification, data: data6 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.requestedBy !== void 0) {
      let data7 = data.requestedBy;
      if (typeof data7 === "string") {
        if (!pattern4.test(data7)) {
          const err24 = { instancePath: instancePath + "/requestedBy", schemaPath: "#/$defs/personId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema167, data: data7 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/requestedBy", schemaPath: "#/$defs/personId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema167.type, parentSchema: schema167, data: data7 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.approvedBy !== void 0) {
      let data8 = data.approvedBy;
      const _errs24 = errors;
      let valid6 = false;
      let passing0 = null;
      const _errs25 = errors;
      if (typeof data8 === "string") {
        if (!pattern4.test(data8)) {
          const err26 = { instancePath: instancePath + "/approvedBy", schemaPath: "#/$defs/personId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema167, data: data8 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/approvedBy", schemaPath: "#/$defs/personId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema167.type, parentSchema: schema167, data: data8 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      var _valid0 = _errs25 === errors;
      if (_valid0) {
        valid6 = true;
        passing0 = 0;
      }
      const _errs28 = errors;
      if (Array.isArray(data8)) {
        if (data8.length < 1) {
          const err28 = { instancePath: instancePath + "/approvedBy", schemaPath: "#/properties/approvedBy/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema162.properties.approvedBy.oneOf[1], data: data8 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          if (typeof data9 === "string") {
            if (!pattern4.test(data9)) {
              const err29 = { instancePath: instancePath + "/approvedBy/" + i0, schemaPath: "#/$defs/personId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema167, data: data9 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          } else {
            const err30 = { instancePath: instancePath + "/approvedBy/" + i0, schemaPath: "#/$defs/personId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema167.type, parentSchema: schema167, data: data9 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        let i1 = data8.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data8[i1], data8[j0])) {
                const err31 = { instancePath: instancePath + "/approvedBy", schemaPath: "#/properties/approvedBy/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema162.properties.approvedBy.oneOf[1], data: data8 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/approvedBy", schemaPath: "#/properties/approvedBy/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema162.properties.approvedBy.oneOf[1].type, parentSchema: schema162.properties.approvedBy.oneOf[1], data: data8 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      var _valid0 = _errs28 === errors;
      if (_valid0 && valid6) {
        valid6 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid6 = true;
          passing0 = 1;
        }
      }
      if (!valid6) {
        const err33 = { instancePath: instancePath + "/approvedBy", schemaPath: "#/properties/approvedBy/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema162.properties.approvedBy.oneOf, parentSchema: schema162.properties.approvedBy, data: data8 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      } else {
        errors = _errs24;
        if (vErrors !== null) {
          if (_errs24) {
            vErrors.length = _errs24;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.ticket !== void 0) {
      let data10 = data.ticket;
      if (typeof data10 === "string") {
        if (func2(data10) < 1) {
          const err34 = { instancePath: instancePath + "/ticket", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema170, data: data10 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      } else {
        const err35 = { instancePath: instancePath + "/ticket", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema170.type, parentSchema: schema170, data: data10 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.expires !== void 0) {
      let data11 = data.expires;
      if (typeof data11 === "string") {
        if (!formats10.validate(data11)) {
          const err36 = { instancePath: instancePath + "/expires", schemaPath: "#/$defs/instant/format", keyword: "format", params: { format: "instant" }, message: 'must match format "instant"', schema: "instant", parentSchema: schema171, data: data11 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/expires", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema171.type, parentSchema: schema171, data: data11 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
  } else {
    const err38 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema162.type, parentSchema: schema162, data };
    if (vErrors === null) {
      vErrors = [err38];
    } else {
      vErrors.push(err38);
    }
    errors++;
  }
  validate81.errors = vErrors;
  return errors === 0;
}
validate81.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var ExecutionRecord = validate82;
var schema172 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://changegate.dev/schemas/execution-record.schema.json", "title": "changegate ExecutionRecord", "description": "The execution record of one change request: what actually happened, step by step (actual start and end, result, test calls placed and answered, operator) and which notices were sent. One file per change request, beside the change requests (records/<change id>.yaml), written by automation (`changegate record`) or by hand; it is not part of the approved content, so writing it never stales an approval.", "type": "object", "required": ["kind", "change"], "properties": { "kind": { "description": 'The document kind. Must be "ExecutionRecord" for execution records.', "type": "string", "const": "ExecutionRecord" }, "change": { "$ref": "#/$defs/changeId", "description": 'Identifier of the change request this record belongs to, for example "CR-2026-0412".' }, "steps": { "description": "What happened to each step that was started, one entry per step, in the order they were started.", "type": "array", "items": { "$ref": "#/$defs/stepRecord", "description": "The record of one step." } }, "notifications": { "description": "Notices actually sent to the parties the change request's notify list names.", "type": "array", "items": { "$ref": "#/$defs/notification", "description": "One notice sent." } } }, "additionalProperties": false, "$defs": { "id": { "description": "An identifier: 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit. Identifiers are case-sensitive.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, "changeId": { "description": `A change request identifier such as "CR-2026-0412": 1 to 64 characters, letters, digits, '.', '_' and '-', starting with a letter.`, "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9._-]{0,63}$" }, "personId": { "description": `A person's identifier (for example a directory login such as "a.martin"): 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit.`, "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, "instant": { "description": 'A point in time in ISO 8601: with an offset ("2026-12-08T00:30:00+01:00", "2026-12-07T23:30:00Z") or as a local date-time without offset ("2026-12-08T00:30" or "2026-12-08T00:30:00"), which is read in the applicable time zone. A local time that does not exist or is ambiguous at a daylight-saving change is refused: write an offset.', "type": "string", "format": "instant" }, "text": { "description": "Free text, at least one character.", "type": "string", "minLength": 1 }, "emergencyNumber": { "description": 'An emergency short number, 2 to 6 digits, written as a quoted string (for example "112").', "type": "string", "pattern": "^[0-9]{2,6}$" }, "stepRecord": { "description": "What happened to one step. A step with `start` and no `end` is running; `end` and `result` are written together when it finishes.", "type": "object", "required": ["step", "start", "operator"], "properties": { "step": { "$ref": "#/$defs/id", "description": 'Identifier of the step in the change request, for example "s1".' }, "start": { "$ref": "#/$defs/instant", "description": "When the step actually started. Local date-times are read in the policy's time zone." }, "end": { "$ref": "#/$defs/instant", "description": "When the step actually ended (after `start`). Required with `result`." }, "result": { "description": "How the step ended: ok (done as planned), failed (did not achieve its purpose; the targets may be in an unknown state), rolled-back (undone by its rollback), aborted (stopped before completion). Required with `end`.", "type": "string", "enum": ["ok", "failed", "rolled-back", "aborted"] }, "operator": { "$ref": "#/$defs/personId", "description": "Who ran the step (person or automation account)." }, "targets": { "description": "What the step actually acted on, when it differs from the plan or to confirm it. A target outside the plan's is a contradiction that blocks.", "type": "object", "properties": { "sites": { "description": "Sites acted on.", "type": "array", "items": { "$ref": "#/$defs/id", "description": "A site identifier." }, "uniqueItems": true }, "callServers": { "description": "Call servers acted on.", "type": "array", "items": { "$ref": "#/$defs/id", "description": "A call server identifier." }, "uniqueItems": true }, "trunks": { "description": "Trunks acted on.", "type": "array", "items": { "$ref": "#/$defs/id", "description": "A trunk identifier." }, "uniqueItems": true } }, "additionalProperties": false }, "testCalls": { "description": "Test calls placed after the step (its verification): the step's verification passed when every number its plan lists was called and answered.", "type": "array", "items": { "$ref": "#/$defs/testCallResult", "description": "One test call placed." } }, "note": { "$ref": "#/$defs/text", "description": "Free text: what the operator saw, a ticket, why a step failed." } }, "additionalProperties": false, "dependentRequired": { "end": ["result"], "result": ["end"] } }, "testCallResult": { "description": "One test call placed after a step.", "type": "object", "required": ["number", "at", "answered"], "properties": { "number": { "$ref": "#/$defs/emergencyNumber", "description": 'Number called, as a quoted string, for example "112".' }, "at": { "$ref": "#/$defs/instant", "description": "When the call was placed." }, "answered": { "description": "True when the call reached the emergency service and was answered.", "type": "boolean" }, "from": { "$ref": "#/$defs/text", "description": "Calling line or test probe used (informative)." } }, "additionalProperties": false }, "notification": { "description": "A notice sent to one party of the change request's notify list.", "type": "object", "required": ["party", "sentAt", "to"], "properties": { "party": { "$ref": "#/$defs/text", "description": 'The `name` of the notify entry of the change request this notice fulfils, for example "ARCEP duty desk".' }, "sentAt": { "$ref": "#/$defs/instant", "description": "When the notice was sent." }, "to": { "$ref": "#/$defs/text", "description": "Address, desk or person the notice was sent to." }, "by": { "$ref": "#/$defs/personId", "description": "Who sent it." } }, "additionalProperties": false } } };
var schema173 = { "description": `A change request identifier such as "CR-2026-0412": 1 to 64 characters, letters, digits, '.', '_' and '-', starting with a letter.`, "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9._-]{0,63}$" };
var schema174 = { "description": "What happened to one step. A step with `start` and no `end` is running; `end` and `result` are written together when it finishes.", "type": "object", "required": ["step", "start", "operator"], "properties": { "step": { "$ref": "#/$defs/id", "description": 'Identifier of the step in the change request, for example "s1".' }, "start": { "$ref": "#/$defs/instant", "description": "When the step actually started. Local date-times are read in the policy's time zone." }, "end": { "$ref": "#/$defs/instant", "description": "When the step actually ended (after `start`). Required with `result`." }, "result": { "description": "How the step ended: ok (done as planned), failed (did not achieve its purpose; the targets may be in an unknown state), rolled-back (undone by its rollback), aborted (stopped before completion). Required with `end`.", "type": "string", "enum": ["ok", "failed", "rolled-back", "aborted"] }, "operator": { "$ref": "#/$defs/personId", "description": "Who ran the step (person or automation account)." }, "targets": { "description": "What the step actually acted on, when it differs from the plan or to confirm it. A target outside the plan's is a contradiction that blocks.", "type": "object", "properties": { "sites": { "description": "Sites acted on.", "type": "array", "items": { "$ref": "#/$defs/id", "description": "A site identifier." }, "uniqueItems": true }, "callServers": { "description": "Call servers acted on.", "type": "array", "items": { "$ref": "#/$defs/id", "description": "A call server identifier." }, "uniqueItems": true }, "trunks": { "description": "Trunks acted on.", "type": "array", "items": { "$ref": "#/$defs/id", "description": "A trunk identifier." }, "uniqueItems": true } }, "additionalProperties": false }, "testCalls": { "description": "Test calls placed after the step (its verification): the step's verification passed when every number its plan lists was called and answered.", "type": "array", "items": { "$ref": "#/$defs/testCallResult", "description": "One test call placed." } }, "note": { "$ref": "#/$defs/text", "description": "Free text: what the operator saw, a ticket, why a step failed." } }, "additionalProperties": false, "dependentRequired": { "end": ["result"], "result": ["end"] } };
var schema175 = { "description": "An identifier: 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit. Identifiers are case-sensitive.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" };
var schema176 = { "description": 'A point in time in ISO 8601: with an offset ("2026-12-08T00:30:00+01:00", "2026-12-07T23:30:00Z") or as a local date-time without offset ("2026-12-08T00:30" or "2026-12-08T00:30:00"), which is read in the applicable time zone. A local time that does not exist or is ambiguous at a daylight-saving change is refused: write an offset.', "type": "string", "format": "instant" };
var schema178 = { "description": `A person's identifier (for example a directory login such as "a.martin"): 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit.`, "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" };
var schema185 = { "description": "Free text, at least one character.", "type": "string", "minLength": 1 };
var schema182 = { "description": "One test call placed after a step.", "type": "object", "required": ["number", "at", "answered"], "properties": { "number": { "$ref": "#/$defs/emergencyNumber", "description": 'Number called, as a quoted string, for example "112".' }, "at": { "$ref": "#/$defs/instant", "description": "When the call was placed." }, "answered": { "description": "True when the call reached the emergency service and was answered.", "type": "boolean" }, "from": { "$ref": "#/$defs/text", "description": "Calling line or test probe used (informative)." } }, "additionalProperties": false };
var schema183 = { "description": 'An emergency short number, 2 to 6 digits, written as a quoted string (for example "112").', "type": "string", "pattern": "^[0-9]{2,6}$" };
function validate84(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate84.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.number === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'", schema: schema182.required, parentSchema: schema182, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.at === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema182.required, parentSchema: schema182, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.answered === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "answered" }, message: "must have required property 'answered'", schema: schema182.required, parentSchema: schema182, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "number" || key0 === "at" || key0 === "answered" || key0 === "from")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema182, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.number !== void 0) {
      let data0 = data.number;
      if (typeof data0 === "string") {
        if (!pattern17.test(data0)) {
          const err4 = { instancePath: instancePath + "/number", schemaPath: "#/$defs/emergencyNumber/pattern", keyword: "pattern", params: { pattern: "^[0-9]{2,6}$" }, message: 'must match pattern "^[0-9]{2,6}$"', schema: "^[0-9]{2,6}$", parentSchema: schema183, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/number", schemaPath: "#/$defs/emergencyNumber/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema183.type, parentSchema: schema183, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.at !== void 0) {
      let data1 = data.at;
      if (typeof data1 === "string") {
        if (!formats10.validate(data1)) {
          const err6 = { instancePath: instancePath + "/at", schemaPath: "#/$defs/instant/format", keyword: "format", params: { format: "instant" }, message: 'must match format "instant"', schema: "instant", parentSchema: schema176, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/at", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema176.type, parentSchema: schema176, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.answered !== void 0) {
      let data2 = data.answered;
      if (typeof data2 !== "boolean") {
        const err8 = { instancePath: instancePath + "/answered", schemaPath: "#/properties/answered/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema182.properties.answered.type, parentSchema: schema182.properties.answered, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.from !== void 0) {
      let data3 = data.from;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err9 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema185, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema185.type, parentSchema: schema185, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema182.type, parentSchema: schema182, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate84.errors = vErrors;
  return errors === 0;
}
validate84.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate83(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate83.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.step === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "step" }, message: "must have required property 'step'", schema: schema174.required, parentSchema: schema174, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.start === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema174.required, parentSchema: schema174, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.operator === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "operator" }, message: "must have required property 'operator'", schema: schema174.required, parentSchema: schema174, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "step" || key0 === "start" || key0 === "end" || key0 === "result" || key0 === "operator" || key0 === "targets" || key0 === "testCalls" || key0 === "note")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema174, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.step !== void 0) {
      let data0 = data.step;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/step", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema175, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/step", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema175.type, parentSchema: schema175, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.start !== void 0) {
      let data1 = data.start;
      if (typeof data1 === "string") {
        if (!formats10.validate(data1)) {
          const err6 = { instancePath: instancePath + "/start", schemaPath: "#/$defs/instant/format", keyword: "format", params: { format: "instant" }, message: 'must match format "instant"', schema: "instant", parentSchema: schema176, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/start", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema176.type, parentSchema: schema176, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.end !== void 0) {
      let data2 = data.end;
      if (typeof data2 === "string") {
        if (!formats10.validate(data2)) {
          const err8 = { instancePath: instancePath + "/end", schemaPath: "#/$defs/instant/format", keyword: "format", params: { format: "instant" }, message: 'must match format "instant"', schema: "instant", parentSchema: schema176, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/end", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema176.type, parentSchema: schema176, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.result !== void 0) {
      let data3 = data.result;
      if (typeof data3 !== "string") {
        const err10 = { instancePath: instancePath + "/result", schemaPath: "#/properties/result/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema174.properties.result.type, parentSchema: schema174.properties.result, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data3 === "ok" || data3 === "failed" || data3 === "rolled-back" || data3 === "aborted")) {
        const err11 = { instancePath: instancePath + "/result", schemaPath: "#/properties/result/enum", keyword: "enum", params: { allowedValues: schema174.properties.result.enum }, message: "must be equal to one of the allowed values", schema: schema174.properties.result.enum, parentSchema: schema174.properties.result, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.operator !== void 0) {
      let data4 = data.operator;
      if (typeof data4 === "string") {
        if (!pattern4.test(data4)) {
          const err12 = { instancePath: instancePath + "/operator", schemaPath: "#/$defs/personId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema178, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/operator", schemaPath: "#/$defs/personId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema178.type, parentSchema: schema178, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.targets !== void 0) {
      let data5 = data.targets;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          if (!(key1 === "sites" || key1 === "callServers" || key1 === "trunks")) {
            const err14 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema174.properties.targets, data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data5.sites !== void 0) {
          let data6 = data5.sites;
          if (Array.isArray(data6)) {
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data7 = data6[i0];
              if (typeof data7 === "string") {
                if (!pattern4.test(data7)) {
                  const err15 = { instancePath: instancePath + "/targets/sites/" + i0, schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema175, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/targets/sites/" + i0, schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema175.type, parentSchema: schema175, data: data7 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            let i1 = data6.length;
            let j0;
            if (i1 > 1) {
              outer0: for (; i1--; ) {
                for (j0 = i1; j0--; ) {
                  if (func0(data6[i1], data6[j0])) {
                    const err17 = { instancePath: instancePath + "/targets/sites", schemaPath: "#/properties/targets/properties/sites/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema174.properties.targets.properties.sites, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/targets/sites", schemaPath: "#/properties/targets/properties/sites/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema174.properties.targets.properties.sites.type, parentSchema: schema174.properties.targets.properties.sites, data: data6 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data5.callServers !== void 0) {
          let data8 = data5.callServers;
          if (Array.isArray(data8)) {
            const len1 = data8.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data9 = data8[i2];
              if (typeof data9 === "string") {
                if (!pattern4.test(data9)) {
                  const err19 = { instancePath: instancePath + "/targets/callServers/" + i2, schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema175, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/targets/callServers/" + i2, schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema175.type, parentSchema: schema175, data: data9 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            let i3 = data8.length;
            let j1;
            if (i3 > 1) {
              outer1: for (; i3--; ) {
                for (j1 = i3; j1--; ) {
                  if (func0(data8[i3], data8[j1])) {
                    const err21 = { instancePath: instancePath + "/targets/callServers", schemaPath: "#/properties/targets/properties/callServers/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema174.properties.targets.properties.callServers, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                    break outer1;
                  }
                }
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/targets/callServers", schemaPath: "#/properties/targets/properties/callServers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema174.properties.targets.properties.callServers.type, parentSchema: schema174.properties.targets.properties.callServers, data: data8 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data5.trunks !== void 0) {
          let data10 = data5.trunks;
          if (Array.isArray(data10)) {
            const len2 = data10.length;
            for (let i4 = 0; i4 < len2; i4++) {
              let data11 = data10[i4];
              if (typeof data11 === "string") {
                if (!pattern4.test(data11)) {
                  const err23 = { instancePath: instancePath + "/targets/trunks/" + i4, schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema175, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/targets/trunks/" + i4, schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema175.type, parentSchema: schema175, data: data11 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            let i5 = data10.length;
            let j2;
            if (i5 > 1) {
              outer2: for (; i5--; ) {
                for (j2 = i5; j2--; ) {
                  if (func0(data10[i5], data10[j2])) {
                    const err25 = { instancePath: instancePath + "/targets/trunks", schemaPath: "#/properties/targets/properties/trunks/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: true, parentSchema: schema174.properties.targets.properties.trunks, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                    break outer2;
                  }
                }
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/targets/trunks", schemaPath: "#/properties/targets/properties/trunks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema174.properties.targets.properties.trunks.type, parentSchema: schema174.properties.targets.properties.trunks, data: data10 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema174.properties.targets.type, parentSchema: schema174.properties.targets, data: data5 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.testCalls !== void 0) {
      let data12 = data.testCalls;
      if (Array.isArray(data12)) {
        const len3 = data12.length;
        for (let i6 = 0; i6 < len3; i6++) {
          if (!validate84(data12[i6], { instancePath: instancePath + "/testCalls/" + i6, parentData: data12, parentDataProperty: i6, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/testCalls", schemaPath: "#/properties/testCalls/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema174.properties.testCalls.type, parentSchema: schema174.properties.testCalls, data: data12 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.note !== void 0) {
      let data14 = data.note;
      if (typeof data14 === "string") {
        if (func2(data14) < 1) {
          const err29 = { instancePath: instancePath + "/note", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema185, data: data14 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/note", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema185.type, parentSchema: schema185, data: data14 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.end !== void 0) {
      if (data.result === void 0) {
        const err31 = { instancePath, schemaPath: "#/dependentRequired", keyword: "dependentRequired", params: {
          property: "end",
          missingProperty: "result",
          depsCount: 1,
          deps: "result"
        }, message: "must have property result when property end is present", schema: schema174.dependentRequired, parentSchema: schema174, data };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.result !== void 0) {
      if (data.end === void 0) {
        const err32 = { instancePath, schemaPath: "#/dependentRequired", keyword: "dependentRequired", params: {
          property: "result",
          missingProperty: "end",
          depsCount: 1,
          deps: "end"
        }, message: "must have property end when property result is present", schema: schema174.dependentRequired, parentSchema: schema174, data };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
  } else {
    const err33 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema174.type, parentSchema: schema174, data };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate83.errors = vErrors;
  return errors === 0;
}
validate83.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema187 = { "description": "A notice sent to one party of the change request's notify list.", "type": "object", "required": ["party", "sentAt", "to"], "properties": { "party": { "$ref": "#/$defs/text", "description": 'The `name` of the notify entry of the change request this notice fulfils, for example "ARCEP duty desk".' }, "sentAt": { "$ref": "#/$defs/instant", "description": "When the notice was sent." }, "to": { "$ref": "#/$defs/text", "description": "Address, desk or person the notice was sent to." }, "by": { "$ref": "#/$defs/personId", "description": "Who sent it." } }, "additionalProperties": false };
function validate87(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate87.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.party === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "party" }, message: "must have required property 'party'", schema: schema187.required, parentSchema: schema187, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.sentAt === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sentAt" }, message: "must have required property 'sentAt'", schema: schema187.required, parentSchema: schema187, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.to === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema187.required, parentSchema: schema187, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "party" || key0 === "sentAt" || key0 === "to" || key0 === "by")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema187, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.party !== void 0) {
      let data0 = data.party;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err4 = { instancePath: instancePath + "/party", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema185, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/party", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema185.type, parentSchema: schema185, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.sentAt !== void 0) {
      let data1 = data.sentAt;
      if (typeof data1 === "string") {
        if (!formats10.validate(data1)) {
          const err6 = { instancePath: instancePath + "/sentAt", schemaPath: "#/$defs/instant/format", keyword: "format", params: { format: "instant" }, message: 'must match format "instant"', schema: "instant", parentSchema: schema176, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/sentAt", schemaPath: "#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema176.type, parentSchema: schema176, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.to !== void 0) {
      let data2 = data.to;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err8 = { instancePath: instancePath + "/to", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema185, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/to", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema185.type, parentSchema: schema185, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.by !== void 0) {
      let data3 = data.by;
      if (typeof data3 === "string") {
        if (!pattern4.test(data3)) {
          const err10 = { instancePath: instancePath + "/by", schemaPath: "#/$defs/personId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema178, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/by", schemaPath: "#/$defs/personId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema178.type, parentSchema: schema178, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema187.type, parentSchema: schema187, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate87.errors = vErrors;
  return errors === 0;
}
validate87.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate82(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate82.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema172.required, parentSchema: schema172, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.change === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "change" }, message: "must have required property 'change'", schema: schema172.required, parentSchema: schema172, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "change" || key0 === "steps" || key0 === "notifications")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema172, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema172.properties.kind.type, parentSchema: schema172.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if ("ExecutionRecord" !== data0) {
        const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "ExecutionRecord" }, message: "must be equal to constant", schema: "ExecutionRecord", parentSchema: schema172.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.change !== void 0) {
      let data1 = data.change;
      if (typeof data1 === "string") {
        if (!pattern46.test(data1)) {
          const err5 = { instancePath: instancePath + "/change", schemaPath: "#/$defs/changeId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9._-]{0,63}$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9._-]{0,63}$"', schema: "^[A-Za-z][A-Za-z0-9._-]{0,63}$", parentSchema: schema173, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/change", schemaPath: "#/$defs/changeId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema173.type, parentSchema: schema173, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.steps !== void 0) {
      let data2 = data.steps;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate83(data2[i0], { instancePath: instancePath + "/steps/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema172.properties.steps.type, parentSchema: schema172.properties.steps, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.notifications !== void 0) {
      let data4 = data.notifications;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate87(data4[i1], { instancePath: instancePath + "/notifications/" + i1, parentData: data4, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/notifications", schemaPath: "#/properties/notifications/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema172.properties.notifications.type, parentSchema: schema172.properties.notifications, data: data4 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema172.type, parentSchema: schema172, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate82.errors = vErrors;
  return errors === 0;
}
validate82.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var Rule = validate89;
var schema192 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://changegate.dev/schemas/rule.schema.json", "title": "changegate Rule", "description": "A custom rule written by the operator: a CEL condition evaluated for each change request, each step or each interval of the timeline; every match is a finding, located on a field of the matched object. One rule per file, in the folder rules/. See docs/rules/custom-rules.md.", "type": "object", "required": ["kind", "id", "title", "severity", "category", "scope", "when", "message"], "additionalProperties": false, "properties": { "kind": { "description": 'The document kind. Must be "Rule" for custom rules.', "type": "string", "const": "Rule" }, "id": { "description": "The rule's id, kebab-case, unique, and different from every built-in rule (`changegate rules` lists them). Waivers and the policy's `rules:` overrides name the rule by this id.", "type": "string", "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", "maxLength": 64 }, "title": { "description": "What the rule requires, as a short sentence (shown in reports and the CAB page).", "type": "string", "minLength": 3, "maxLength": 120 }, "summary": { "description": "One line on what the rule checks, shown by `changegate rules`; the title when absent.", "type": "string", "maxLength": 300 }, "rationale": { "description": "Why the rule exists (Markdown): the incident, regulation or practice behind it.", "type": "string" }, "severity": { "description": "Default severity of the rule's findings: error blocks (exit 1), warning and notice do not. The policy may override it like a built-in rule's (`rules: { <id>: { severity: ... } }`).", "type": "string", "enum": ["error", "warning", "notice"] }, "category": { "description": "invariant: the rule judges the plan over time (redundancy, capacity, routes); process: it judges how the change is run (who, when, paperwork).", "type": "string", "enum": ["invariant", "process"] }, "scope": { "description": "What the condition is evaluated on: each considered change request (`change`), each of their steps (`step`), or each interval of the timeline (`interval`). Each scope has its own typed variables (docs/rules/custom-rules.md).", "type": "string", "enum": ["change", "step", "interval"] }, "when": { "description": "A CEL expression of type bool over the scope's variables: true means a finding. Type-checked when the repository is loaded; an error in it stops the run with exit 2.", "type": "string", "minLength": 1, "maxLength": 4e3 }, "message": { "description": 'The finding\'s message. Parts written `{{ expression }}` are CEL expressions over the same variables, evaluated for each finding (lists are joined with ", ").', "type": "string", "minLength": 1, "maxLength": 1e3 }, "at": { "description": "Where the finding points: a JSON Pointer relative to the matched object in its file, e.g. `/window/start` or `/targets` for a step, `/owner` for a change request. An interval's findings point at the active step of each change request involved. When absent, the object itself.", "type": "string", "pattern": "^(/[A-Za-z0-9_-]+)*$", "maxLength": 200 }, "waivable": { "description": "Whether a waiver (with the approvals the policy requires) may cover this rule's findings. Default true.", "type": "boolean" }, "unwaivableWhen": { "description": "A CEL expression of type bool over the same variables: findings for which it is true are never covered by a waiver, whoever approves it (message id `unwaivable` instead of `violation`). Ignored when `waivable` is false, where no finding is waivable.", "type": "string", "minLength": 1, "maxLength": 4e3 }, "costLimit": { "description": "The most work one evaluation of this rule may do, counted in list elements visited and objects judged (default 1000000). Exceeding it is an error finding on the rule file: the run fails closed rather than passing what it could not judge.", "type": "integer", "minimum": 1, "maximum": 1e8 } } };
var pattern77 = new RegExp("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", "u");
var pattern78 = new RegExp("^(/[A-Za-z0-9_-]+)*$", "u");
function validate89(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate89.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema192.required, parentSchema: schema192, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema192.required, parentSchema: schema192, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema192.required, parentSchema: schema192, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.severity === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'", schema: schema192.required, parentSchema: schema192, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.category === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'", schema: schema192.required, parentSchema: schema192, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.scope === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "scope" }, message: "must have required property 'scope'", schema: schema192.required, parentSchema: schema192, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.when === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "when" }, message: "must have required property 'when'", schema: schema192.required, parentSchema: schema192, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema192.required, parentSchema: schema192, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema192.properties, key0)) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema192, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if (typeof data0 !== "string") {
        const err9 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema192.properties.kind.type, parentSchema: schema192.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if ("Rule" !== data0) {
        const err10 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Rule" }, message: "must be equal to constant", schema: "Rule", parentSchema: schema192.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (func2(data1) > 64) {
          const err11 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema192.properties.id, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!pattern77.test(data1)) {
          const err12 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema192.properties.id, data: data1 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema192.properties.id.type, parentSchema: schema192.properties.id, data: data1 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 === "string") {
        if (func2(data2) > 120) {
          const err14 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/maxLength", keyword: "maxLength", params: { limit: 120 }, message: "must NOT have more than 120 characters", schema: 120, parentSchema: schema192.properties.title, data: data2 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (func2(data2) < 3) {
          const err15 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema192.properties.title, data: data2 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema192.properties.title.type, parentSchema: schema192.properties.title, data: data2 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data3 = data.summary;
      if (typeof data3 === "string") {
        if (func2(data3) > 300) {
          const err17 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema192.properties.summary, data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema192.properties.summary.type, parentSchema: schema192.properties.summary, data: data3 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.rationale !== void 0) {
      let data4 = data.rationale;
      if (typeof data4 !== "string") {
        const err19 = { instancePath: instancePath + "/rationale", schemaPath: "#/properties/rationale/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema192.properties.rationale.type, parentSchema: schema192.properties.rationale, data: data4 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data5 = data.severity;
      if (typeof data5 !== "string") {
        const err20 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema192.properties.severity.type, parentSchema: schema192.properties.severity, data: data5 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (!(data5 === "error" || data5 === "warning" || data5 === "notice")) {
        const err21 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema192.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema192.properties.severity.enum, parentSchema: schema192.properties.severity, data: data5 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.category !== void 0) {
      let data6 = data.category;
      if (typeof data6 !== "string") {
        const err22 = { instancePath: instancePath + "/category", schemaPath: "#/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema192.properties.category.type, parentSchema: schema192.properties.category, data: data6 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (!(data6 === "invariant" || data6 === "process")) {
        const err23 = { instancePath: instancePath + "/category", schemaPath: "#/properties/category/enum", keyword: "enum", params: { allowedValues: schema192.properties.category.enum }, message: "must be equal to one of the allowed values", schema: schema192.properties.category.enum, parentSchema: schema192.properties.category, data: data6 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.scope !== void 0) {
      let data7 = data.scope;
      if (typeof data7 !== "string") {
        const err24 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema192.properties.scope.type, parentSchema: schema192.properties.scope, data: data7 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      if (!(data7 === "change" || data7 === "step" || data7 === "interval")) {
        const err25 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/enum", keyword: "enum", params: { allowedValues: schema192.properties.scope.enum }, message: "must be equal to one of the allowed values", schema: schema192.properties.scope.enum, parentSchema: schema192.properties.scope, data: data7 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.when !== void 0) {
      let data8 = data.when;
      if (typeof data8 === "string") {
        if (func2(data8) > 4e3) {
          const err26 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters", schema: 4e3, parentSchema: schema192.properties.when, data: data8 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (func2(data8) < 1) {
          const err27 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema192.properties.when, data: data8 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema192.properties.when.type, parentSchema: schema192.properties.when, data: data8 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      let data9 = data.message;
      if (typeof data9 === "string") {
        if (func2(data9) > 1e3) {
          const err29 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema192.properties.message, data: data9 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (func2(data9) < 1) {
          const err30 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema192.properties.message, data: data9 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema192.properties.message.type, parentSchema: schema192.properties.message, data: data9 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.at !== void 0) {
      let data10 = data.at;
      if (typeof data10 === "string") {
        if (func2(data10) > 200) {
          const err32 = { instancePath: instancePath + "/at", schemaPath: "#/properties/at/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema192.properties.at, data: data10 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (!pattern78.test(data10)) {
          const err33 = { instancePath: instancePath + "/at", schemaPath: "#/properties/at/pattern", keyword: "pattern", params: { pattern: "^(/[A-Za-z0-9_-]+)*$" }, message: 'must match pattern "^(/[A-Za-z0-9_-]+)*$"', schema: "^(/[A-Za-z0-9_-]+)*$", parentSchema: schema192.properties.at, data: data10 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = { instancePath: instancePath + "/at", schemaPath: "#/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema192.properties.at.type, parentSchema: schema192.properties.at, data: data10 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.waivable !== void 0) {
      let data11 = data.waivable;
      if (typeof data11 !== "boolean") {
        const err35 = { instancePath: instancePath + "/waivable", schemaPath: "#/properties/waivable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema192.properties.waivable.type, parentSchema: schema192.properties.waivable, data: data11 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.unwaivableWhen !== void 0) {
      let data12 = data.unwaivableWhen;
      if (typeof data12 === "string") {
        if (func2(data12) > 4e3) {
          const err36 = { instancePath: instancePath + "/unwaivableWhen", schemaPath: "#/properties/unwaivableWhen/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters", schema: 4e3, parentSchema: schema192.properties.unwaivableWhen, data: data12 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (func2(data12) < 1) {
          const err37 = { instancePath: instancePath + "/unwaivableWhen", schemaPath: "#/properties/unwaivableWhen/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema192.properties.unwaivableWhen, data: data12 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      } else {
        const err38 = { instancePath: instancePath + "/unwaivableWhen", schemaPath: "#/properties/unwaivableWhen/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema192.properties.unwaivableWhen.type, parentSchema: schema192.properties.unwaivableWhen, data: data12 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.costLimit !== void 0) {
      let data13 = data.costLimit;
      if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
        const err39 = { instancePath: instancePath + "/costLimit", schemaPath: "#/properties/costLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema192.properties.costLimit.type, parentSchema: schema192.properties.costLimit, data: data13 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      if (typeof data13 == "number" && isFinite(data13)) {
        if (data13 > 1e8 || isNaN(data13)) {
          const err40 = { instancePath: instancePath + "/costLimit", schemaPath: "#/properties/costLimit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema192.properties.costLimit, data: data13 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        if (data13 < 1 || isNaN(data13)) {
          const err41 = { instancePath: instancePath + "/costLimit", schemaPath: "#/properties/costLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema192.properties.costLimit, data: data13 };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      }
    }
  } else {
    const err42 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema192.type, parentSchema: schema192, data };
    if (vErrors === null) {
      vErrors = [err42];
    } else {
      vErrors.push(err42);
    }
    errors++;
  }
  validate89.errors = vErrors;
  return errors === 0;
}
validate89.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var ChangegateConfig = validate90;
var schema193 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://changegate.dev/schemas/changegate-config.schema.json", "title": "changegate repository configuration", "description": "The optional changegate.yaml at the root of a network-config repository: which files changegate reads.", "type": "object", "required": ["kind"], "properties": { "kind": { "description": 'The document kind. Must be "ChangegateConfig" for changegate.yaml.', "type": "string", "const": "ChangegateConfig" }, "include": { "description": "Folders or files read, relative to the repository root. A folder contributes every *.yaml and *.yml file in it and in its subfolders. Default: [inventory, traffic, software, policy, changes, waivers, records].", "markdownDescription": "Folders or files read, relative to the repository root, with `/` separators. Every folder listed must hold a file; the default folders may be absent.", "examples": [["inventory", "traffic", "software", "policy", "changes", "waivers", "records"]], "type": "array", "items": { "$ref": "#/$defs/relativePath", "description": "A folder or file to read." }, "uniqueItems": true, "default": ["inventory", "traffic", "software", "policy", "changes", "waivers", "records"] }, "exclude": { "description": "Folders or files skipped, relative to the repository root: a file is skipped when its path is an entry or lies under an entry.", "type": "array", "items": { "$ref": "#/$defs/relativePath", "description": "A folder or file to skip." }, "uniqueItems": true }, "includeDrafts": { "description": "When true, change requests in state draft are considered by the timeline (as with --include-drafts). Default: false.", "type": "boolean", "default": false }, "maxFileBytes": { "description": "Largest network file read, in bytes; a larger file is an error (the gate refuses what it will not read). Default 5242880 (5 MiB); at most 67108864 (64 MiB), a hard ceiling that keeps one file from exhausting memory. Before raising it, consider splitting the file: an inventory may be spread over several Inventory files in inventory/ (for example one per region), whose sections are merged.", "type": "integer", "minimum": 1024, "maximum": 67108864, "default": 5242880 } }, "additionalProperties": false, "$defs": { "relativePath": { "description": 'A path relative to the repository root, using "/" separators; absolute paths and ".." segments are refused.', "type": "string", "minLength": 1, "pattern": "^(?![/\\\\])(?![A-Za-z]:)(?!(?:.*[/\\\\])?\\.\\.(?:[/\\\\]|$)).+$" } } };
var schema194 = { "description": 'A path relative to the repository root, using "/" separators; absolute paths and ".." segments are refused.', "type": "string", "minLength": 1, "pattern": "^(?![/\\\\])(?![A-Za-z]:)(?!(?:.*[/\\\\])?\\.\\.(?:[/\\\\]|$)).+$" };
var pattern79 = new RegExp("^(?![/\\\\])(?![A-Za-z]:)(?!(?:.*[/\\\\])?\\.\\.(?:[/\\\\]|$)).+$", "u");
function validate90(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate90.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema193.required, parentSchema: schema193, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "include" || key0 === "exclude" || key0 === "includeDrafts" || key0 === "maxFileBytes")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema193, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema193.properties.kind.type, parentSchema: schema193.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if ("ChangegateConfig" !== data0) {
        const err3 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "ChangegateConfig" }, message: "must be equal to constant", schema: "ChangegateConfig", parentSchema: schema193.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.include !== void 0) {
      let data1 = data.include;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err4 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/$defs/relativePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema194, data: data2 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (!pattern79.test(data2)) {
              const err5 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/$defs/relativePath/pattern", keyword: "pattern", params: { pattern: "^(?![/\\\\])(?![A-Za-z]:)(?!(?:.*[/\\\\])?\\.\\.(?:[/\\\\]|$)).+$" }, message: 'must match pattern "^(?![/\\\\])(?![A-Za-z]:)(?!(?:.*[/\\\\])?\\.\\.(?:[/\\\\]|$)).+$"', schema: "^(?![/\\\\])(?![A-Za-z]:)(?!(?:.*[/\\\\])?\\.\\.(?:[/\\\\]|$)).+$", parentSchema: schema194, data: data2 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/$defs/relativePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema194.type, parentSchema: schema194, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        let i1 = data1.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data1[i1], data1[j0])) {
                const err7 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema193.properties.include, data: data1 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema193.properties.include.type, parentSchema: schema193.properties.include, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data3 = data.exclude;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data4 = data3[i2];
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err9 = { instancePath: instancePath + "/exclude/" + i2, schemaPath: "#/$defs/relativePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema194, data: data4 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (!pattern79.test(data4)) {
              const err10 = { instancePath: instancePath + "/exclude/" + i2, schemaPath: "#/$defs/relativePath/pattern", keyword: "pattern", params: { pattern: "^(?![/\\\\])(?![A-Za-z]:)(?!(?:.*[/\\\\])?\\.\\.(?:[/\\\\]|$)).+$" }, message: 'must match pattern "^(?![/\\\\])(?![A-Za-z]:)(?!(?:.*[/\\\\])?\\.\\.(?:[/\\\\]|$)).+$"', schema: "^(?![/\\\\])(?![A-Za-z]:)(?!(?:.*[/\\\\])?\\.\\.(?:[/\\\\]|$)).+$", parentSchema: schema194, data: data4 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/exclude/" + i2, schemaPath: "#/$defs/relativePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema194.type, parentSchema: schema194, data: data4 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        let i3 = data3.length;
        let j1;
        if (i3 > 1) {
          outer1: for (; i3--; ) {
            for (j1 = i3; j1--; ) {
              if (func0(data3[i3], data3[j1])) {
                const err12 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema193.properties.exclude, data: data3 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema193.properties.exclude.type, parentSchema: schema193.properties.exclude, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.includeDrafts !== void 0) {
      let data5 = data.includeDrafts;
      if (typeof data5 !== "boolean") {
        const err14 = { instancePath: instancePath + "/includeDrafts", schemaPath: "#/properties/includeDrafts/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema193.properties.includeDrafts.type, parentSchema: schema193.properties.includeDrafts, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.maxFileBytes !== void 0) {
      let data6 = data.maxFileBytes;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err15 = { instancePath: instancePath + "/maxFileBytes", schemaPath: "#/properties/maxFileBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema193.properties.maxFileBytes.type, parentSchema: schema193.properties.maxFileBytes, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 > 67108864 || isNaN(data6)) {
          const err16 = { instancePath: instancePath + "/maxFileBytes", schemaPath: "#/properties/maxFileBytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 67108864 }, message: "must be <= 67108864", schema: 67108864, parentSchema: schema193.properties.maxFileBytes, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data6 < 1024 || isNaN(data6)) {
          const err17 = { instancePath: instancePath + "/maxFileBytes", schemaPath: "#/properties/maxFileBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1024 }, message: "must be >= 1024", schema: 1024, parentSchema: schema193.properties.maxFileBytes, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema193.type, parentSchema: schema193, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate90.errors = vErrors;
  return errors === 0;
}
validate90.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var ruleOptions0 = validate91;
var schema196 = { "type": "object", "properties": {}, "additionalProperties": false };
function validate91(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate91.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema196, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema196.type, parentSchema: schema196, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate91.errors = vErrors;
  return errors === 0;
}
validate91.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var ruleOptions1 = validate92;
var schema197 = { "type": "object", "properties": { "maxSitesAtRisk": { "type": "integer", "minimum": 0, "description": "Most sites of an emergency redundancy group that may have a member at risk in the same interval. Default 1: one site (one failure domain) at a time, so the other sites carry the traffic." }, "maxServersAtRisk": { "type": "integer", "minimum": 0, "description": "Most call servers of an emergency redundancy group that may be at risk in the same interval. Default 2: the servers of one two-server site." }, "nonEmergencyMaxSitesAtRisk": { "type": "integer", "minimum": 0, "description": "Most sites of a redundancy group that carries no emergency traffic that may have a member at risk in the same interval." }, "nonEmergencyMaxServersAtRisk": { "type": "integer", "minimum": 0, "description": "Most call servers of a redundancy group that carries no emergency traffic that may be at risk in the same interval." } }, "additionalProperties": false };
function validate92(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate92.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "maxSitesAtRisk" || key0 === "maxServersAtRisk" || key0 === "nonEmergencyMaxSitesAtRisk" || key0 === "nonEmergencyMaxServersAtRisk")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema197, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.maxSitesAtRisk !== void 0) {
      let data0 = data.maxSitesAtRisk;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err1 = { instancePath: instancePath + "/maxSitesAtRisk", schemaPath: "#/properties/maxSitesAtRisk/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema197.properties.maxSitesAtRisk.type, parentSchema: schema197.properties.maxSitesAtRisk, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 < 0 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/maxSitesAtRisk", schemaPath: "#/properties/maxSitesAtRisk/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema197.properties.maxSitesAtRisk, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    if (data.maxServersAtRisk !== void 0) {
      let data1 = data.maxServersAtRisk;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err3 = { instancePath: instancePath + "/maxServersAtRisk", schemaPath: "#/properties/maxServersAtRisk/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema197.properties.maxServersAtRisk.type, parentSchema: schema197.properties.maxServersAtRisk, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 < 0 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/maxServersAtRisk", schemaPath: "#/properties/maxServersAtRisk/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema197.properties.maxServersAtRisk, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.nonEmergencyMaxSitesAtRisk !== void 0) {
      let data2 = data.nonEmergencyMaxSitesAtRisk;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err5 = { instancePath: instancePath + "/nonEmergencyMaxSitesAtRisk", schemaPath: "#/properties/nonEmergencyMaxSitesAtRisk/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema197.properties.nonEmergencyMaxSitesAtRisk.type, parentSchema: schema197.properties.nonEmergencyMaxSitesAtRisk, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err6 = { instancePath: instancePath + "/nonEmergencyMaxSitesAtRisk", schemaPath: "#/properties/nonEmergencyMaxSitesAtRisk/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema197.properties.nonEmergencyMaxSitesAtRisk, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.nonEmergencyMaxServersAtRisk !== void 0) {
      let data3 = data.nonEmergencyMaxServersAtRisk;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err7 = { instancePath: instancePath + "/nonEmergencyMaxServersAtRisk", schemaPath: "#/properties/nonEmergencyMaxServersAtRisk/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema197.properties.nonEmergencyMaxServersAtRisk.type, parentSchema: schema197.properties.nonEmergencyMaxServersAtRisk, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err8 = { instancePath: instancePath + "/nonEmergencyMaxServersAtRisk", schemaPath: "#/properties/nonEmergencyMaxServersAtRisk/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema197.properties.nonEmergencyMaxServersAtRisk, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema197.type, parentSchema: schema197, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate92.errors = vErrors;
  return errors === 0;
}
validate92.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var ruleOptions2 = validate93;
var schema198 = { "type": "object", "properties": { "soakHours": { "type": "number", "minimum": 0, "maximum": 720, "description": "Hours the canary must run the new version or procedure after its step ends before further members receive it; the soak must also contain a whole daily traffic peak hour of the forecast. The timeline keeps members running an unproven change at risk for this long." }, "groupsSharingProof": { "type": "array", "items": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, "minItems": 2, "uniqueItems": true }, "description": 'Sets of redundancy groups that share platform and software, e.g. [["ECI-NORTH", "ECI-SOUTH"]]: a signature proven on one group of a set is proven on the others. Without it a proof never carries from one group to another.' }, "qualifyingRole": { "type": "string", "pattern": "^[a-z][a-z0-9-]{0,63}$", "description": "Role whose approvals make a qualification entry of the software catalog count as proof of a change signature." }, "qualificationApprovals": { "type": "integer", "minimum": 1, "maximum": 20, "description": "Approvals from distinct policy approvers holding qualifyingRole that a catalog qualification needs to count as proof." }, "maxWaveFraction": { "type": "number", "exclusiveMinimum": 0, "maximum": 1, "description": "Largest share of a redundancy group that one wave after the canary may reach (rounded down, at least one member). Default 0.34: about a third of the group per wave." } }, "additionalProperties": false };
function validate93(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate93.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "soakHours" || key0 === "groupsSharingProof" || key0 === "qualifyingRole" || key0 === "qualificationApprovals" || key0 === "maxWaveFraction")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema198, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.soakHours !== void 0) {
      let data0 = data.soakHours;
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 720 || isNaN(data0)) {
          const err1 = { instancePath: instancePath + "/soakHours", schemaPath: "#/properties/soakHours/maximum", keyword: "maximum", params: { comparison: "<=", limit: 720 }, message: "must be <= 720", schema: 720, parentSchema: schema198.properties.soakHours, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/soakHours", schemaPath: "#/properties/soakHours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema198.properties.soakHours, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/soakHours", schemaPath: "#/properties/soakHours/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema198.properties.soakHours.type, parentSchema: schema198.properties.soakHours, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.groupsSharingProof !== void 0) {
      let data1 = data.groupsSharingProof;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (Array.isArray(data2)) {
            if (data2.length < 2) {
              const err4 = { instancePath: instancePath + "/groupsSharingProof/" + i0, schemaPath: "#/properties/groupsSharingProof/items/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema198.properties.groupsSharingProof.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            const len1 = data2.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data3 = data2[i1];
              if (typeof data3 === "string") {
                if (!pattern4.test(data3)) {
                  const err5 = { instancePath: instancePath + "/groupsSharingProof/" + i0 + "/" + i1, schemaPath: "#/properties/groupsSharingProof/items/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", parentSchema: schema198.properties.groupsSharingProof.items.items, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
              } else {
                const err6 = { instancePath: instancePath + "/groupsSharingProof/" + i0 + "/" + i1, schemaPath: "#/properties/groupsSharingProof/items/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema198.properties.groupsSharingProof.items.items.type, parentSchema: schema198.properties.groupsSharingProof.items.items, data: data3 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            let i2 = data2.length;
            let j0;
            if (i2 > 1) {
              const indices0 = {};
              for (; i2--; ) {
                let item0 = data2[i2];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err7 = { instancePath: instancePath + "/groupsSharingProof/" + i0, schemaPath: "#/properties/groupsSharingProof/items/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema198.properties.groupsSharingProof.items, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i2;
              }
            }
          } else {
            const err8 = { instancePath: instancePath + "/groupsSharingProof/" + i0, schemaPath: "#/properties/groupsSharingProof/items/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema198.properties.groupsSharingProof.items.type, parentSchema: schema198.properties.groupsSharingProof.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/groupsSharingProof", schemaPath: "#/properties/groupsSharingProof/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema198.properties.groupsSharingProof.type, parentSchema: schema198.properties.groupsSharingProof, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.qualifyingRole !== void 0) {
      let data4 = data.qualifyingRole;
      if (typeof data4 === "string") {
        if (!pattern33.test(data4)) {
          const err10 = { instancePath: instancePath + "/qualifyingRole", schemaPath: "#/properties/qualifyingRole/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z][a-z0-9-]{0,63}$"', schema: "^[a-z][a-z0-9-]{0,63}$", parentSchema: schema198.properties.qualifyingRole, data: data4 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/qualifyingRole", schemaPath: "#/properties/qualifyingRole/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema198.properties.qualifyingRole.type, parentSchema: schema198.properties.qualifyingRole, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.qualificationApprovals !== void 0) {
      let data5 = data.qualificationApprovals;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err12 = { instancePath: instancePath + "/qualificationApprovals", schemaPath: "#/properties/qualificationApprovals/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema198.properties.qualificationApprovals.type, parentSchema: schema198.properties.qualificationApprovals, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 20 || isNaN(data5)) {
          const err13 = { instancePath: instancePath + "/qualificationApprovals", schemaPath: "#/properties/qualificationApprovals/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20", schema: 20, parentSchema: schema198.properties.qualificationApprovals, data: data5 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data5 < 1 || isNaN(data5)) {
          const err14 = { instancePath: instancePath + "/qualificationApprovals", schemaPath: "#/properties/qualificationApprovals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema198.properties.qualificationApprovals, data: data5 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.maxWaveFraction !== void 0) {
      let data6 = data.maxWaveFraction;
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 > 1 || isNaN(data6)) {
          const err15 = { instancePath: instancePath + "/maxWaveFraction", schemaPath: "#/properties/maxWaveFraction/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema198.properties.maxWaveFraction, data: data6 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data6 <= 0 || isNaN(data6)) {
          const err16 = { instancePath: instancePath + "/maxWaveFraction", schemaPath: "#/properties/maxWaveFraction/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema198.properties.maxWaveFraction, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/maxWaveFraction", schemaPath: "#/properties/maxWaveFraction/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema198.properties.maxWaveFraction.type, parentSchema: schema198.properties.maxWaveFraction, data: data6 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema198.type, parentSchema: schema198, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate93.errors = vErrors;
  return errors === 0;
}
validate93.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var ruleOptions3 = validate94;
var schema199 = { "type": "object", "properties": { "headroom": { "type": "number", "minimum": 0, "maximum": 10, "description": "Safety margin over the forecast: the capacity left after N-1 must cover forecast x (1 + headroom). Default 0.2 (20 %), the margin the platform is sized with (70,000 peak sessions x 1.2 = 84,000 <= 100,000 with a site lost)." } }, "additionalProperties": false };
function validate94(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate94.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "headroom")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema199, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.headroom !== void 0) {
      let data0 = data.headroom;
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 10 || isNaN(data0)) {
          const err1 = { instancePath: instancePath + "/headroom", schemaPath: "#/properties/headroom/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema199.properties.headroom, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/headroom", schemaPath: "#/properties/headroom/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema199.properties.headroom, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/headroom", schemaPath: "#/properties/headroom/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema199.properties.headroom.type, parentSchema: schema199.properties.headroom, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema199.type, parentSchema: schema199, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate94.errors = vErrors;
  return errors === 0;
}
validate94.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var ruleOptions4 = validate95;
var schema200 = { "type": "object", "properties": { "minRoutes": { "type": "integer", "minimum": 1, "maximum": 100, "description": "Fewest routes (call server, trunk and switch all out of the change) each emergency number must keep in every interval. Default 2: one route may still fail on its own." }, "minSites": { "type": "integer", "minimum": 1, "maximum": 100, "description": "Fewest distinct sites (of the call servers) the remaining routes of each emergency number must be on. Default 2: a site failure must not cut the number off." } }, "additionalProperties": false };
function validate95(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate95.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "minRoutes" || key0 === "minSites")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema200, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.minRoutes !== void 0) {
      let data0 = data.minRoutes;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err1 = { instancePath: instancePath + "/minRoutes", schemaPath: "#/properties/minRoutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema200.properties.minRoutes.type, parentSchema: schema200.properties.minRoutes, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 100 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/minRoutes", schemaPath: "#/properties/minRoutes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema200.properties.minRoutes, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/minRoutes", schemaPath: "#/properties/minRoutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema200.properties.minRoutes, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.minSites !== void 0) {
      let data1 = data.minSites;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err4 = { instancePath: instancePath + "/minSites", schemaPath: "#/properties/minSites/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema200.properties.minSites.type, parentSchema: schema200.properties.minSites, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 100 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/minSites", schemaPath: "#/properties/minSites/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema200.properties.minSites, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err6 = { instancePath: instancePath + "/minSites", schemaPath: "#/properties/minSites/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema200.properties.minSites, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema200.type, parentSchema: schema200, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate95.errors = vErrors;
  return errors === 0;
}
validate95.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var ruleOptions5 = validate96;
var schema201 = { "type": "object", "properties": { "growth": { "type": "number", "minimum": 0, "maximum": 10, "description": "Traffic growth the end state must absorb: the capacity left after losing any one site must cover the forecast peak (the highest hour over every day type) x (1 + growth). Default 0.1 (10 %)." }, "maxSiteShare": { "type": "number", "exclusiveMinimum": 0, "maximum": 1, "description": "Largest fraction of a redundancy group's capacity (sessions or cps) one site may hold after the upgrade. Default 0.4: with six sites, no site should carry much more than twice its fair share." } }, "additionalProperties": false };
function validate96(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate96.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "growth" || key0 === "maxSiteShare")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema201, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.growth !== void 0) {
      let data0 = data.growth;
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 10 || isNaN(data0)) {
          const err1 = { instancePath: instancePath + "/growth", schemaPath: "#/properties/growth/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema201.properties.growth, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/growth", schemaPath: "#/properties/growth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema201.properties.growth, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/growth", schemaPath: "#/properties/growth/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema201.properties.growth.type, parentSchema: schema201.properties.growth, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.maxSiteShare !== void 0) {
      let data1 = data.maxSiteShare;
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 1 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/maxSiteShare", schemaPath: "#/properties/maxSiteShare/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema201.properties.maxSiteShare, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1 <= 0 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/maxSiteShare", schemaPath: "#/properties/maxSiteShare/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema201.properties.maxSiteShare, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/maxSiteShare", schemaPath: "#/properties/maxSiteShare/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema201.properties.maxSiteShare.type, parentSchema: schema201.properties.maxSiteShare, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema201.type, parentSchema: schema201, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate96.errors = vErrors;
  return errors === 0;
}
validate96.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var ruleOptions6 = validate97;
var schema202 = { "type": "object", "properties": { "maxPeakShare": { "type": "number", "minimum": 0, "maximum": 10, "description": "Largest forecast traffic a step may run in, as a share of the daily peak of the same day type, for all sessions and for emergency sessions (0.5 = half of the peak). Judged on every local hour the step overlaps." }, "peakLeadHours": { "type": "number", "minimum": 0, "maximum": 24, "description": "Hours before the daily traffic peak (the busiest forecast hour of the day type) during which no step, nor its rollback, may run; the peak hour itself is included. 0 switches this check off." } }, "additionalProperties": false };
function validate97(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate97.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "maxPeakShare" || key0 === "peakLeadHours")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema202, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.maxPeakShare !== void 0) {
      let data0 = data.maxPeakShare;
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 10 || isNaN(data0)) {
          const err1 = { instancePath: instancePath + "/maxPeakShare", schemaPath: "#/properties/maxPeakShare/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema202.properties.maxPeakShare, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/maxPeakShare", schemaPath: "#/properties/maxPeakShare/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema202.properties.maxPeakShare, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/maxPeakShare", schemaPath: "#/properties/maxPeakShare/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema202.properties.maxPeakShare.type, parentSchema: schema202.properties.maxPeakShare, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.peakLeadHours !== void 0) {
      let data1 = data.peakLeadHours;
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 24 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/peakLeadHours", schemaPath: "#/properties/peakLeadHours/maximum", keyword: "maximum", params: { comparison: "<=", limit: 24 }, message: "must be <= 24", schema: 24, parentSchema: schema202.properties.peakLeadHours, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/peakLeadHours", schemaPath: "#/properties/peakLeadHours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema202.properties.peakLeadHours, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/peakLeadHours", schemaPath: "#/properties/peakLeadHours/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema202.properties.peakLeadHours.type, parentSchema: schema202.properties.peakLeadHours, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema202.type, parentSchema: schema202, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate97.errors = vErrors;
  return errors === 0;
}
validate97.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var ruleOptions7 = validate98;
var schema203 = { "type": "object", "properties": { "maxRollbackMinutes": { "type": "integer", "minimum": 0, "maximum": 10080, "description": "Longest acceptable rollback of one step, in minutes, including traffic recovery on emergency elements." }, "trafficRecoveryMinutes": { "type": "integer", "minimum": 0, "maximum": 1440, "description": "Minutes added to a rollback on emergency elements whose `includesTrafficRecovery` is false and that states no `recovery`: the time for emergency traffic to come back once the element is restored." }, "requireRecoveryForRoles": { "type": "array", "items": { "type": "string", "enum": ["mgcf", "sbc", "tdm-gateway", "softswitch", "bgcf", "other"] }, "uniqueItems": true, "description": 'Call-server roles whose steps must state `rollback.recovery` (what depends on the element and how long it takes to recover after a rollback, e.g. subscriber re-registration after a core element returns), e.g. ["sbc"].' } }, "additionalProperties": false };
function validate98(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate98.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "maxRollbackMinutes" || key0 === "trafficRecoveryMinutes" || key0 === "requireRecoveryForRoles")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema203, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.maxRollbackMinutes !== void 0) {
      let data0 = data.maxRollbackMinutes;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err1 = { instancePath: instancePath + "/maxRollbackMinutes", schemaPath: "#/properties/maxRollbackMinutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema203.properties.maxRollbackMinutes.type, parentSchema: schema203.properties.maxRollbackMinutes, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 10080 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/maxRollbackMinutes", schemaPath: "#/properties/maxRollbackMinutes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10080 }, message: "must be <= 10080", schema: 10080, parentSchema: schema203.properties.maxRollbackMinutes, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/maxRollbackMinutes", schemaPath: "#/properties/maxRollbackMinutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema203.properties.maxRollbackMinutes, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.trafficRecoveryMinutes !== void 0) {
      let data1 = data.trafficRecoveryMinutes;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err4 = { instancePath: instancePath + "/trafficRecoveryMinutes", schemaPath: "#/properties/trafficRecoveryMinutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema203.properties.trafficRecoveryMinutes.type, parentSchema: schema203.properties.trafficRecoveryMinutes, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 1440 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/trafficRecoveryMinutes", schemaPath: "#/properties/trafficRecoveryMinutes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1440 }, message: "must be <= 1440", schema: 1440, parentSchema: schema203.properties.trafficRecoveryMinutes, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err6 = { instancePath: instancePath + "/trafficRecoveryMinutes", schemaPath: "#/properties/trafficRecoveryMinutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema203.properties.trafficRecoveryMinutes, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.requireRecoveryForRoles !== void 0) {
      let data2 = data.requireRecoveryForRoles;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 !== "string") {
            const err7 = { instancePath: instancePath + "/requireRecoveryForRoles/" + i0, schemaPath: "#/properties/requireRecoveryForRoles/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema203.properties.requireRecoveryForRoles.items.type, parentSchema: schema203.properties.requireRecoveryForRoles.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (!(data3 === "mgcf" || data3 === "sbc" || data3 === "tdm-gateway" || data3 === "softswitch" || data3 === "bgcf" || data3 === "other")) {
            const err8 = { instancePath: instancePath + "/requireRecoveryForRoles/" + i0, schemaPath: "#/properties/requireRecoveryForRoles/items/enum", keyword: "enum", params: { allowedValues: schema203.properties.requireRecoveryForRoles.items.enum }, message: "must be equal to one of the allowed values", schema: schema203.properties.requireRecoveryForRoles.items.enum, parentSchema: schema203.properties.requireRecoveryForRoles.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data2[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err9 = { instancePath: instancePath + "/requireRecoveryForRoles", schemaPath: "#/properties/requireRecoveryForRoles/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema203.properties.requireRecoveryForRoles, data: data2 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/requireRecoveryForRoles", schemaPath: "#/properties/requireRecoveryForRoles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema203.properties.requireRecoveryForRoles.type, parentSchema: schema203.properties.requireRecoveryForRoles, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema203.type, parentSchema: schema203, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate98.errors = vErrors;
  return errors === 0;
}
validate98.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var ruleOptions8 = validate99;
var schema204 = { "type": "object", "properties": { "regulatorLeadTimeHours": { "type": "number", "minimum": 0, "maximum": 8760, "description": "Hours before the first step that the regulator or authority must be told, at least." }, "psapLeadTimeHours": { "type": "number", "minimum": 0, "maximum": 8760, "description": "Hours before the first step that the affected emergency services (PSAPs) must be told, at least." }, "nocLeadTimeHours": { "type": "number", "minimum": 0, "maximum": 8760, "description": "Hours before the first step that the NOC must be told, at least." }, "maxEscalationMinutes": { "type": "integer", "minimum": 1, "maximum": 1440, "description": "Longest acceptable `escalation.targetMinutes`: time to escalate once emergency traffic is affected." } }, "additionalProperties": false };
function validate99(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate99.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "regulatorLeadTimeHours" || key0 === "psapLeadTimeHours" || key0 === "nocLeadTimeHours" || key0 === "maxEscalationMinutes")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema204, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.regulatorLeadTimeHours !== void 0) {
      let data0 = data.regulatorLeadTimeHours;
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 8760 || isNaN(data0)) {
          const err1 = { instancePath: instancePath + "/regulatorLeadTimeHours", schemaPath: "#/properties/regulatorLeadTimeHours/maximum", keyword: "maximum", params: { comparison: "<=", limit: 8760 }, message: "must be <= 8760", schema: 8760, parentSchema: schema204.properties.regulatorLeadTimeHours, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/regulatorLeadTimeHours", schemaPath: "#/properties/regulatorLeadTimeHours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema204.properties.regulatorLeadTimeHours, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/regulatorLeadTimeHours", schemaPath: "#/properties/regulatorLeadTimeHours/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema204.properties.regulatorLeadTimeHours.type, parentSchema: schema204.properties.regulatorLeadTimeHours, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.psapLeadTimeHours !== void 0) {
      let data1 = data.psapLeadTimeHours;
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 8760 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/psapLeadTimeHours", schemaPath: "#/properties/psapLeadTimeHours/maximum", keyword: "maximum", params: { comparison: "<=", limit: 8760 }, message: "must be <= 8760", schema: 8760, parentSchema: schema204.properties.psapLeadTimeHours, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/psapLeadTimeHours", schemaPath: "#/properties/psapLeadTimeHours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema204.properties.psapLeadTimeHours, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/psapLeadTimeHours", schemaPath: "#/properties/psapLeadTimeHours/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema204.properties.psapLeadTimeHours.type, parentSchema: schema204.properties.psapLeadTimeHours, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.nocLeadTimeHours !== void 0) {
      let data2 = data.nocLeadTimeHours;
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 8760 || isNaN(data2)) {
          const err7 = { instancePath: instancePath + "/nocLeadTimeHours", schemaPath: "#/properties/nocLeadTimeHours/maximum", keyword: "maximum", params: { comparison: "<=", limit: 8760 }, message: "must be <= 8760", schema: 8760, parentSchema: schema204.properties.nocLeadTimeHours, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data2 < 0 || isNaN(data2)) {
          const err8 = { instancePath: instancePath + "/nocLeadTimeHours", schemaPath: "#/properties/nocLeadTimeHours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema204.properties.nocLeadTimeHours, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/nocLeadTimeHours", schemaPath: "#/properties/nocLeadTimeHours/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema204.properties.nocLeadTimeHours.type, parentSchema: schema204.properties.nocLeadTimeHours, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.maxEscalationMinutes !== void 0) {
      let data3 = data.maxEscalationMinutes;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err10 = { instancePath: instancePath + "/maxEscalationMinutes", schemaPath: "#/properties/maxEscalationMinutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema204.properties.maxEscalationMinutes.type, parentSchema: schema204.properties.maxEscalationMinutes, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 1440 || isNaN(data3)) {
          const err11 = { instancePath: instancePath + "/maxEscalationMinutes", schemaPath: "#/properties/maxEscalationMinutes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1440 }, message: "must be <= 1440", schema: 1440, parentSchema: schema204.properties.maxEscalationMinutes, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data3 < 1 || isNaN(data3)) {
          const err12 = { instancePath: instancePath + "/maxEscalationMinutes", schemaPath: "#/properties/maxEscalationMinutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema204.properties.maxEscalationMinutes, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema204.type, parentSchema: schema204, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate99.errors = vErrors;
  return errors === 0;
}
validate99.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var ruleOptions9 = validate100;
var schema205 = { "type": "object", "properties": { "broadChangeSites": { "type": "integer", "minimum": 1, "description": "A change touching at least this many distinct sites over all its steps is at least high risk." }, "commonModeStepSites": { "type": "integer", "minimum": 2, "description": "A single step touching at least this many sites at once is critical (so is a step touching every site of a redundancy group); a step on 2 sites or more is at least high." }, "minCapacityMargin": { "type": "number", "minimum": 0, "maximum": 10, "description": "Smallest acceptable N-1 capacity margin (fraction of forecast traffic) while the change acts: below it the change is at least high; below 0 (capacity short of the forecast) it is critical." } }, "additionalProperties": false };
function validate100(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate100.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "broadChangeSites" || key0 === "commonModeStepSites" || key0 === "minCapacityMargin")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema205, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.broadChangeSites !== void 0) {
      let data0 = data.broadChangeSites;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err1 = { instancePath: instancePath + "/broadChangeSites", schemaPath: "#/properties/broadChangeSites/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema205.properties.broadChangeSites.type, parentSchema: schema205.properties.broadChangeSites, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 < 1 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/broadChangeSites", schemaPath: "#/properties/broadChangeSites/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema205.properties.broadChangeSites, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    if (data.commonModeStepSites !== void 0) {
      let data1 = data.commonModeStepSites;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err3 = { instancePath: instancePath + "/commonModeStepSites", schemaPath: "#/properties/commonModeStepSites/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema205.properties.commonModeStepSites.type, parentSchema: schema205.properties.commonModeStepSites, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 < 2 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/commonModeStepSites", schemaPath: "#/properties/commonModeStepSites/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema205.properties.commonModeStepSites, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.minCapacityMargin !== void 0) {
      let data2 = data.minCapacityMargin;
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 10 || isNaN(data2)) {
          const err5 = { instancePath: instancePath + "/minCapacityMargin", schemaPath: "#/properties/minCapacityMargin/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema205.properties.minCapacityMargin, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data2 < 0 || isNaN(data2)) {
          const err6 = { instancePath: instancePath + "/minCapacityMargin", schemaPath: "#/properties/minCapacityMargin/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema205.properties.minCapacityMargin, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/minCapacityMargin", schemaPath: "#/properties/minCapacityMargin/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema205.properties.minCapacityMargin.type, parentSchema: schema205.properties.minCapacityMargin, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema205.type, parentSchema: schema205, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate100.errors = vErrors;
  return errors === 0;
}
validate100.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var ruleOptions10 = validate101;
var schema206 = { "type": "object", "properties": { "minApprovals": { "type": "integer", "minimum": 1, "maximum": 20, "description": "Approvals from distinct people needed by a high or critical change (the higher of declared and derived risk)." }, "requiredRoles": { "type": "array", "items": { "type": "string", "pattern": "^[a-z][a-z0-9-]{0,63}$" }, "uniqueItems": true, "description": 'Roles that must each appear among the valid approvals of a high or critical change, e.g. ["cab"].' }, "minApprovalsBelowHigh": { "type": "integer", "minimum": 0, "maximum": 20, "description": "Approvals from distinct people needed by a low or medium change in state approved, scheduled or in-progress (0: none required)." } }, "additionalProperties": false };
function validate101(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate101.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "minApprovals" || key0 === "requiredRoles" || key0 === "minApprovalsBelowHigh")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema206, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.minApprovals !== void 0) {
      let data0 = data.minApprovals;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err1 = { instancePath: instancePath + "/minApprovals", schemaPath: "#/properties/minApprovals/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema206.properties.minApprovals.type, parentSchema: schema206.properties.minApprovals, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 20 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/minApprovals", schemaPath: "#/properties/minApprovals/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20", schema: 20, parentSchema: schema206.properties.minApprovals, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/minApprovals", schemaPath: "#/properties/minApprovals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema206.properties.minApprovals, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.requiredRoles !== void 0) {
      let data1 = data.requiredRoles;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (!pattern33.test(data2)) {
              const err4 = { instancePath: instancePath + "/requiredRoles/" + i0, schemaPath: "#/properties/requiredRoles/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z][a-z0-9-]{0,63}$"', schema: "^[a-z][a-z0-9-]{0,63}$", parentSchema: schema206.properties.requiredRoles.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/requiredRoles/" + i0, schemaPath: "#/properties/requiredRoles/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema206.properties.requiredRoles.items.type, parentSchema: schema206.properties.requiredRoles.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        let i1 = data1.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data1[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err6 = { instancePath: instancePath + "/requiredRoles", schemaPath: "#/properties/requiredRoles/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema206.properties.requiredRoles, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/requiredRoles", schemaPath: "#/properties/requiredRoles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema206.properties.requiredRoles.type, parentSchema: schema206.properties.requiredRoles, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.minApprovalsBelowHigh !== void 0) {
      let data3 = data.minApprovalsBelowHigh;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err8 = { instancePath: instancePath + "/minApprovalsBelowHigh", schemaPath: "#/properties/minApprovalsBelowHigh/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema206.properties.minApprovalsBelowHigh.type, parentSchema: schema206.properties.minApprovalsBelowHigh, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 20 || isNaN(data3)) {
          const err9 = { instancePath: instancePath + "/minApprovalsBelowHigh", schemaPath: "#/properties/minApprovalsBelowHigh/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20", schema: 20, parentSchema: schema206.properties.minApprovalsBelowHigh, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data3 < 0 || isNaN(data3)) {
          const err10 = { instancePath: instancePath + "/minApprovalsBelowHigh", schemaPath: "#/properties/minApprovalsBelowHigh/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema206.properties.minApprovalsBelowHigh, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema206.type, parentSchema: schema206, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate101.errors = vErrors;
  return errors === 0;
}
validate101.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var ruleOptions11 = validate102;
var schema207 = { "type": "object", "properties": { "maxWindowHours": { "type": "number", "exclusiveMinimum": 0, "maximum": 168, "description": "Longest allowed step window, in hours; a longer window hides when the element is really at risk." } }, "additionalProperties": false };
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate102.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "maxWindowHours")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema207, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.maxWindowHours !== void 0) {
      let data0 = data.maxWindowHours;
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 168 || isNaN(data0)) {
          const err1 = { instancePath: instancePath + "/maxWindowHours", schemaPath: "#/properties/maxWindowHours/maximum", keyword: "maximum", params: { comparison: "<=", limit: 168 }, message: "must be <= 168", schema: 168, parentSchema: schema207.properties.maxWindowHours, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0 <= 0 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/maxWindowHours", schemaPath: "#/properties/maxWindowHours/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema207.properties.maxWindowHours, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/maxWindowHours", schemaPath: "#/properties/maxWindowHours/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema207.properties.maxWindowHours.type, parentSchema: schema207.properties.maxWindowHours, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema207.type, parentSchema: schema207, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate102.errors = vErrors;
  return errors === 0;
}
validate102.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var ruleOptions12 = validate103;
var schema208 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://changegate.dev/schemas/rule-test.schema.json", "title": "changegate RuleTest", "description": "A rule unit test run by `changegate test`: a base repository, changes applied to an in-memory copy of it, and the result expected. Never read as part of a network.", "type": "object", "required": ["kind", "name", "base", "asOf", "apply", "expect"], "additionalProperties": false, "properties": { "kind": { "description": 'The document kind. Must be "RuleTest".', "type": "string", "const": "RuleTest" }, "name": { "description": 'What the test proves, in a sentence (shown in the report), e.g. "a holiday on the interconnect is refused".', "type": "string", "minLength": 1 }, "base": { "description": 'The repository folder the test starts from, relative to this file (".." when the test sits in <repo>/tests/). It is read as `changegate check` reads it and never modified.', "type": "string", "minLength": 1 }, "asOf": { "description": "The instant the plan is judged as of, ISO 8601 with an offset, e.g. 2026-11-27T09:00:00+01:00. Required, so a test gives the same result on every day it runs.", "type": "string", "format": "instant" }, "includeDrafts": { "description": "Put draft change requests on the timeline too (as `changegate check --include-drafts`).", "type": "boolean" }, "apply": { "description": "Edits applied, in order, to an in-memory copy of the base: add or replace a file with `content`, or remove one with `delete: true`.", "type": "array", "items": { "type": "object", "description": "One edit: a repository-relative path and either its new content or `delete: true` (exactly one of the two).", "required": ["path"], "additionalProperties": false, "properties": { "path": { "description": "Repository-relative POSIX path of the file, e.g. changes/CR-TEST-1.yaml. It may not leave the repository.", "type": "string", "pattern": "^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$" }, "content": { "description": "The file's new text (use a YAML block scalar `|`); line numbers in `expect` count from its first line.", "type": "string" }, "delete": { "description": "Remove the file from the copy (it must exist in the base or an earlier edit).", "const": true } }, "minProperties": 2, "maxProperties": 2 } }, "rules": { "description": "Judge only these rules' findings (every rule still runs, so interactions stay real). Default: every rule.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", "description": "A rule id, as `changegate rules` lists it." } }, "expect": { "description": "The result expected: a verdict, findings, or `pass: true`.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "verdict": { "description": "The verdict of the whole evaluation: pass, warn, fail or error.", "enum": ["pass", "warn", "fail", "error"] }, "pass": { "description": "true: no blocking (error-severity) finding of the judged rules, and the repository could be read (verdict not error).", "const": true }, "findings": { "description": "Findings that must be present: each entry must match at least one finding of the judged rules (exactly `count` when given).", "type": "array", "minItems": 1, "items": { "type": "object", "description": "What a finding must have; fields left out match anything.", "required": ["rule"], "additionalProperties": false, "properties": { "rule": { "type": "string", "description": "The rule id of the finding." }, "messageId": { "type": "string", "description": "The message id, as the rule's page lists them." }, "file": { "type": "string", "description": "Repository-relative path the finding points at." }, "line": { "type": "integer", "minimum": 1, "description": "The 1-based line the finding starts on." }, "column": { "type": "integer", "minimum": 1, "description": "The 1-based column the finding starts on." }, "severity": { "enum": ["error", "warning", "notice"], "description": "The finding's severity after the policy's settings." }, "change": { "type": "string", "description": "The change request the finding is about." }, "step": { "type": "string", "description": "The step the finding is about." }, "count": { "type": "integer", "minimum": 0, "description": "Exactly this many findings match (0: none may). Default: at least one." } } } }, "exhaustive": { "description": "true: the judged rules report nothing beyond the listed findings.", "type": "boolean" } } } } };
var pattern84 = new RegExp("^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$", "u");
function validate103(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate103.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema208.required, parentSchema: schema208, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema208.required, parentSchema: schema208, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.base === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property 'base'", schema: schema208.required, parentSchema: schema208, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.asOf === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "asOf" }, message: "must have required property 'asOf'", schema: schema208.required, parentSchema: schema208, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.apply === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apply" }, message: "must have required property 'apply'", schema: schema208.required, parentSchema: schema208, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.expect === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expect" }, message: "must have required property 'expect'", schema: schema208.required, parentSchema: schema208, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "name" || key0 === "base" || key0 === "asOf" || key0 === "includeDrafts" || key0 === "apply" || key0 === "rules" || key0 === "expect")) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema208, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if (typeof data0 !== "string") {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema208.properties.kind.type, parentSchema: schema208.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ("RuleTest" !== data0) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "RuleTest" }, message: "must be equal to constant", schema: "RuleTest", parentSchema: schema208.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err9 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema208.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema208.properties.name.type, parentSchema: schema208.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.base !== void 0) {
      let data2 = data.base;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err11 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema208.properties.base, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema208.properties.base.type, parentSchema: schema208.properties.base, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.asOf !== void 0) {
      let data3 = data.asOf;
      if (typeof data3 === "string") {
        if (!formats10.validate(data3)) {
          const err13 = { instancePath: instancePath + "/asOf", schemaPath: "#/properties/asOf/format", keyword: "format", params: { format: "instant" }, message: 'must match format "instant"', schema: "instant", parentSchema: schema208.properties.asOf, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/asOf", schemaPath: "#/properties/asOf/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema208.properties.asOf.type, parentSchema: schema208.properties.asOf, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.includeDrafts !== void 0) {
      let data4 = data.includeDrafts;
      if (typeof data4 !== "boolean") {
        const err15 = { instancePath: instancePath + "/includeDrafts", schemaPath: "#/properties/includeDrafts/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema208.properties.includeDrafts.type, parentSchema: schema208.properties.includeDrafts, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.apply !== void 0) {
      let data5 = data.apply;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (Object.keys(data6).length > 2) {
              const err16 = { instancePath: instancePath + "/apply/" + i0, schemaPath: "#/properties/apply/items/maxProperties", keyword: "maxProperties", params: { limit: 2 }, message: "must NOT have more than 2 properties", schema: 2, parentSchema: schema208.properties.apply.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (Object.keys(data6).length < 2) {
              const err17 = { instancePath: instancePath + "/apply/" + i0, schemaPath: "#/properties/apply/items/minProperties", keyword: "minProperties", params: { limit: 2 }, message: "must NOT have fewer than 2 properties", schema: 2, parentSchema: schema208.properties.apply.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data6.path === void 0) {
              const err18 = { instancePath: instancePath + "/apply/" + i0, schemaPath: "#/properties/apply/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema208.properties.apply.items.required, parentSchema: schema208.properties.apply.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            for (const key1 in data6) {
              if (!(key1 === "path" || key1 === "content" || key1 === "delete")) {
                const err19 = { instancePath: instancePath + "/apply/" + i0, schemaPath: "#/properties/apply/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema208.properties.apply.items, data: data6 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data6.path !== void 0) {
              let data7 = data6.path;
              if (typeof data7 === "string") {
                if (!pattern84.test(data7)) {
                  const err20 = { instancePath: instancePath + "/apply/" + i0 + "/path", schemaPath: "#/properties/apply/items/properties/path/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$" }, message: 'must match pattern "^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$"', schema: "^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$", parentSchema: schema208.properties.apply.items.properties.path, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/apply/" + i0 + "/path", schemaPath: "#/properties/apply/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema208.properties.apply.items.properties.path.type, parentSchema: schema208.properties.apply.items.properties.path, data: data7 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data6.content !== void 0) {
              let data8 = data6.content;
              if (typeof data8 !== "string") {
                const err22 = { instancePath: instancePath + "/apply/" + i0 + "/content", schemaPath: "#/properties/apply/items/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema208.properties.apply.items.properties.content.type, parentSchema: schema208.properties.apply.items.properties.content, data: data8 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data6.delete !== void 0) {
              let data9 = data6.delete;
              if (true !== data9) {
                const err23 = { instancePath: instancePath + "/apply/" + i0 + "/delete", schemaPath: "#/properties/apply/items/properties/delete/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema208.properties.apply.items.properties.delete, data: data9 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/apply/" + i0, schemaPath: "#/properties/apply/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema208.properties.apply.items.type, parentSchema: schema208.properties.apply.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/apply", schemaPath: "#/properties/apply/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema208.properties.apply.type, parentSchema: schema208.properties.apply, data: data5 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data10 = data.rules;
      if (Array.isArray(data10)) {
        if (data10.length < 1) {
          const err26 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema208.properties.rules, data: data10 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        const len1 = data10.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data11 = data10[i1];
          if (typeof data11 === "string") {
            if (!pattern77.test(data11)) {
              const err27 = { instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema208.properties.rules.items, data: data11 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = { instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema208.properties.rules.items.type, parentSchema: schema208.properties.rules.items, data: data11 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        let i2 = data10.length;
        let j0;
        if (i2 > 1) {
          const indices0 = {};
          for (; i2--; ) {
            let item0 = data10[i2];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err29 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema208.properties.rules, data: data10 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
              break;
            }
            indices0[item0] = i2;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema208.properties.rules.type, parentSchema: schema208.properties.rules, data: data10 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.expect !== void 0) {
      let data12 = data.expect;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (Object.keys(data12).length < 1) {
          const err31 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema208.properties.expect, data: data12 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        for (const key2 in data12) {
          if (!(key2 === "verdict" || key2 === "pass" || key2 === "findings" || key2 === "exhaustive")) {
            const err32 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema208.properties.expect, data: data12 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data12.verdict !== void 0) {
          let data13 = data12.verdict;
          if (!(data13 === "pass" || data13 === "warn" || data13 === "fail" || data13 === "error")) {
            const err33 = { instancePath: instancePath + "/expect/verdict", schemaPath: "#/properties/expect/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema208.properties.expect.properties.verdict.enum }, message: "must be equal to one of the allowed values", schema: schema208.properties.expect.properties.verdict.enum, parentSchema: schema208.properties.expect.properties.verdict, data: data13 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data12.pass !== void 0) {
          let data14 = data12.pass;
          if (true !== data14) {
            const err34 = { instancePath: instancePath + "/expect/pass", schemaPath: "#/properties/expect/properties/pass/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema208.properties.expect.properties.pass, data: data14 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data12.findings !== void 0) {
          let data15 = data12.findings;
          if (Array.isArray(data15)) {
            if (data15.length < 1) {
              const err35 = { instancePath: instancePath + "/expect/findings", schemaPath: "#/properties/expect/properties/findings/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema208.properties.expect.properties.findings, data: data15 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            const len2 = data15.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data16 = data15[i3];
              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                if (data16.rule === void 0) {
                  const err36 = { instancePath: instancePath + "/expect/findings/" + i3, schemaPath: "#/properties/expect/properties/findings/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema208.properties.expect.properties.findings.items.required, parentSchema: schema208.properties.expect.properties.findings.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                for (const key3 in data16) {
                  if (!func1.call(schema208.properties.expect.properties.findings.items.properties, key3)) {
                    const err37 = { instancePath: instancePath + "/expect/findings/" + i3, schemaPath: "#/properties/expect/properties/findings/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema208.properties.expect.properties.findings.items, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
                if (data16.rule !== void 0) {
                  let data17 = data16.rule;
                  if (typeof data17 !== "string") {
                    const err38 = { instancePath: instancePath + "/expect/findings/" + i3 + "/rule", schemaPath: "#/properties/expect/properties/findings/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema208.properties.expect.properties.findings.items.properties.rule.type, parentSchema: schema208.properties.expect.properties.findings.items.properties.rule, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
                if (data16.messageId !== void 0) {
                  let data18 = data16.messageId;
                  if (typeof data18 !== "string") {
                    const err39 = { instancePath: instancePath + "/expect/findings/" + i3 + "/messageId", schemaPath: "#/properties/expect/properties/findings/items/properties/messageId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema208.properties.expect.properties.findings.items.properties.messageId.type, parentSchema: schema208.properties.expect.properties.findings.items.properties.messageId, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data16.file !== void 0) {
                  let data19 = data16.file;
                  if (typeof data19 !== "string") {
                    const err40 = { instancePath: instancePath + "/expect/findings/" + i3 + "/file", schemaPath: "#/properties/expect/properties/findings/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema208.properties.expect.properties.findings.items.properties.file.type, parentSchema: schema208.properties.expect.properties.findings.items.properties.file, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
                if (data16.line !== void 0) {
                  let data20 = data16.line;
                  if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                    const err41 = { instancePath: instancePath + "/expect/findings/" + i3 + "/line", schemaPath: "#/properties/expect/properties/findings/items/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema208.properties.expect.properties.findings.items.properties.line.type, parentSchema: schema208.properties.expect.properties.findings.items.properties.line, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                  if (typeof data20 == "number" && isFinite(data20)) {
                    if (data20 < 1 || isNaN(data20)) {
                      const err42 = { instancePath: instancePath + "/expect/findings/" + i3 + "/line", schemaPath: "#/properties/expect/properties/findings/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema208.properties.expect.properties.findings.items.properties.line, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                  }
                }
                if (data16.column !== void 0) {
                  let data21 = data16.column;
                  if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
                    const err43 = { instancePath: instancePath + "/expect/findings/" + i3 + "/column", schemaPath: "#/properties/expect/properties/findings/items/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema208.properties.expect.properties.findings.items.properties.column.type, parentSchema: schema208.properties.expect.properties.findings.items.properties.column, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                  if (typeof data21 == "number" && isFinite(data21)) {
                    if (data21 < 1 || isNaN(data21)) {
                      const err44 = { instancePath: instancePath + "/expect/findings/" + i3 + "/column", schemaPath: "#/properties/expect/properties/findings/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema208.properties.expect.properties.findings.items.properties.column, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                  }
                }
                if (data16.severity !== void 0) {
                  let data22 = data16.severity;
                  if (!(data22 === "error" || data22 === "warning" || data22 === "notice")) {
                    const err45 = { instancePath: instancePath + "/expect/findings/" + i3 + "/severity", schemaPath: "#/properties/expect/properties/findings/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema208.properties.expect.properties.findings.items.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema208.properties.expect.properties.findings.items.properties.severity.enum, parentSchema: schema208.properties.expect.properties.findings.items.properties.severity, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
                if (data16.change !== void 0) {
                  let data23 = data16.change;
                  if (typeof data23 !== "string") {
                    const err46 = { instancePath: instancePath + "/expect/findings/" + i3 + "/change", schemaPath: "#/properties/expect/properties/findings/items/properties/change/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema208.properties.expect.properties.findings.items.properties.change.type, parentSchema: schema208.properties.expect.properties.findings.items.properties.change, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                if (data16.step !== void 0) {
                  let data24 = data16.step;
                  if (typeof data24 !== "string") {
                    const err47 = { instancePath: instancePath + "/expect/findings/" + i3 + "/step", schemaPath: "#/properties/expect/properties/findings/items/properties/step/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema208.properties.expect.properties.findings.items.properties.step.type, parentSchema: schema208.properties.expect.properties.findings.items.properties.step, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
                if (data16.count !== void 0) {
                  let data25 = data16.count;
                  if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
                    const err48 = { instancePath: instancePath + "/expect/findings/" + i3 + "/count", schemaPath: "#/properties/expect/properties/findings/items/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema208.properties.expect.properties.findings.items.properties.count.type, parentSchema: schema208.properties.expect.properties.findings.items.properties.count, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                  if (typeof data25 == "number" && isFinite(data25)) {
                    if (data25 < 0 || isNaN(data25)) {
                      const err49 = { instancePath: instancePath + "/expect/findings/" + i3 + "/count", schemaPath: "#/properties/expect/properties/findings/items/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema208.properties.expect.properties.findings.items.properties.count, data: data25 };
                      if (vErrors === null) {
                        vErrors = [err49];
                      } else {
                        vErrors.push(err49);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err50 = { instancePath: instancePath + "/expect/findings/" + i3, schemaPath: "#/properties/expect/properties/findings/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema208.properties.expect.properties.findings.items.type, parentSchema: schema208.properties.expect.properties.findings.items, data: data16 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
          } else {
            const err51 = { instancePath: instancePath + "/expect/findings", schemaPath: "#/properties/expect/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema208.properties.expect.properties.findings.type, parentSchema: schema208.properties.expect.properties.findings, data: data15 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data12.exhaustive !== void 0) {
          let data26 = data12.exhaustive;
          if (typeof data26 !== "boolean") {
            const err52 = { instancePath: instancePath + "/expect/exhaustive", schemaPath: "#/properties/expect/properties/exhaustive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema208.properties.expect.properties.exhaustive.type, parentSchema: schema208.properties.expect.properties.exhaustive, data: data26 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema208.properties.expect.type, parentSchema: schema208.properties.expect, data: data12 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
  } else {
    const err54 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema208.type, parentSchema: schema208, data };
    if (vErrors === null) {
      vErrors = [err54];
    } else {
      vErrors.push(err54);
    }
    errors++;
  }
  validate103.errors = vErrors;
  return errors === 0;
}
validate103.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var bySchemaText = { '{"type":"object","properties":{},"additionalProperties":false}': ruleOptions0, '{"type":"object","properties":{"maxSitesAtRisk":{"type":"integer","minimum":0,"description":"Most sites of an emergency redundancy group that may have a member at risk in the same interval. Default 1: one site (one failure domain) at a time, so the other sites carry the traffic."},"maxServersAtRisk":{"type":"integer","minimum":0,"description":"Most call servers of an emergency redundancy group that may be at risk in the same interval. Default 2: the servers of one two-server site."},"nonEmergencyMaxSitesAtRisk":{"type":"integer","minimum":0,"description":"Most sites of a redundancy group that carries no emergency traffic that may have a member at risk in the same interval."},"nonEmergencyMaxServersAtRisk":{"type":"integer","minimum":0,"description":"Most call servers of a redundancy group that carries no emergency traffic that may be at risk in the same interval."}},"additionalProperties":false}': ruleOptions1, '{"type":"object","properties":{"soakHours":{"type":"number","minimum":0,"maximum":720,"description":"Hours the canary must run the new version or procedure after its step ends before further members receive it; the soak must also contain a whole daily traffic peak hour of the forecast. The timeline keeps members running an unproven change at risk for this long."},"groupsSharingProof":{"type":"array","items":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"},"minItems":2,"uniqueItems":true},"description":"Sets of redundancy groups that share platform and software, e.g. [[\\"ECI-NORTH\\", \\"ECI-SOUTH\\"]]: a signature proven on one group of a set is proven on the others. Without it a proof never carries from one group to another."},"qualifyingRole":{"type":"string","pattern":"^[a-z][a-z0-9-]{0,63}$","description":"Role whose approvals make a qualification entry of the software catalog count as proof of a change signature."},"qualificationApprovals":{"type":"integer","minimum":1,"maximum":20,"description":"Approvals from distinct policy approvers holding qualifyingRole that a catalog qualification needs to count as proof."},"maxWaveFraction":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"Largest share of a redundancy group that one wave after the canary may reach (rounded down, at least one member). Default 0.34: about a third of the group per wave."}},"additionalProperties":false}': ruleOptions2, '{"type":"object","properties":{"headroom":{"type":"number","minimum":0,"maximum":10,"description":"Safety margin over the forecast: the capacity left after N-1 must cover forecast x (1 + headroom). Default 0.2 (20 %), the margin the platform is sized with (70,000 peak sessions x 1.2 = 84,000 <= 100,000 with a site lost)."}},"additionalProperties":false}': ruleOptions3, '{"type":"object","properties":{"minRoutes":{"type":"integer","minimum":1,"maximum":100,"description":"Fewest routes (call server, trunk and switch all out of the change) each emergency number must keep in every interval. Default 2: one route may still fail on its own."},"minSites":{"type":"integer","minimum":1,"maximum":100,"description":"Fewest distinct sites (of the call servers) the remaining routes of each emergency number must be on. Default 2: a site failure must not cut the number off."}},"additionalProperties":false}': ruleOptions4, '{"type":"object","properties":{"growth":{"type":"number","minimum":0,"maximum":10,"description":"Traffic growth the end state must absorb: the capacity left after losing any one site must cover the forecast peak (the highest hour over every day type) x (1 + growth). Default 0.1 (10 %)."},"maxSiteShare":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"Largest fraction of a redundancy group\'s capacity (sessions or cps) one site may hold after the upgrade. Default 0.4: with six sites, no site should carry much more than twice its fair share."}},"additionalProperties":false}': ruleOptions5, '{"type":"object","properties":{"maxPeakShare":{"type":"number","minimum":0,"maximum":10,"description":"Largest forecast traffic a step may run in, as a share of the daily peak of the same day type, for all sessions and for emergency sessions (0.5 = half of the peak). Judged on every local hour the step overlaps."},"peakLeadHours":{"type":"number","minimum":0,"maximum":24,"description":"Hours before the daily traffic peak (the busiest forecast hour of the day type) during which no step, nor its rollback, may run; the peak hour itself is included. 0 switches this check off."}},"additionalProperties":false}': ruleOptions6, '{"type":"object","properties":{"maxRollbackMinutes":{"type":"integer","minimum":0,"maximum":10080,"description":"Longest acceptable rollback of one step, in minutes, including traffic recovery on emergency elements."},"trafficRecoveryMinutes":{"type":"integer","minimum":0,"maximum":1440,"description":"Minutes added to a rollback on emergency elements whose `includesTrafficRecovery` is false and that states no `recovery`: the time for emergency traffic to come back once the element is restored."},"requireRecoveryForRoles":{"type":"array","items":{"type":"string","enum":["mgcf","sbc","tdm-gateway","softswitch","bgcf","other"]},"uniqueItems":true,"description":"Call-server roles whose steps must state `rollback.recovery` (what depends on the element and how long it takes to recover after a rollback, e.g. subscriber re-registration after a core element returns), e.g. [\\"sbc\\"]."}},"additionalProperties":false}': ruleOptions7, '{"type":"object","properties":{"regulatorLeadTimeHours":{"type":"number","minimum":0,"maximum":8760,"description":"Hours before the first step that the regulator or authority must be told, at least."},"psapLeadTimeHours":{"type":"number","minimum":0,"maximum":8760,"description":"Hours before the first step that the affected emergency services (PSAPs) must be told, at least."},"nocLeadTimeHours":{"type":"number","minimum":0,"maximum":8760,"description":"Hours before the first step that the NOC must be told, at least."},"maxEscalationMinutes":{"type":"integer","minimum":1,"maximum":1440,"description":"Longest acceptable `escalation.targetMinutes`: time to escalate once emergency traffic is affected."}},"additionalProperties":false}': ruleOptions8, '{"type":"object","properties":{"broadChangeSites":{"type":"integer","minimum":1,"description":"A change touching at least this many distinct sites over all its steps is at least high risk."},"commonModeStepSites":{"type":"integer","minimum":2,"description":"A single step touching at least this many sites at once is critical (so is a step touching every site of a redundancy group); a step on 2 sites or more is at least high."},"minCapacityMargin":{"type":"number","minimum":0,"maximum":10,"description":"Smallest acceptable N-1 capacity margin (fraction of forecast traffic) while the change acts: below it the change is at least high; below 0 (capacity short of the forecast) it is critical."}},"additionalProperties":false}': ruleOptions9, '{"type":"object","properties":{"minApprovals":{"type":"integer","minimum":1,"maximum":20,"description":"Approvals from distinct people needed by a high or critical change (the higher of declared and derived risk)."},"requiredRoles":{"type":"array","items":{"type":"string","pattern":"^[a-z][a-z0-9-]{0,63}$"},"uniqueItems":true,"description":"Roles that must each appear among the valid approvals of a high or critical change, e.g. [\\"cab\\"]."},"minApprovalsBelowHigh":{"type":"integer","minimum":0,"maximum":20,"description":"Approvals from distinct people needed by a low or medium change in state approved, scheduled or in-progress (0: none required)."}},"additionalProperties":false}': ruleOptions10, '{"type":"object","properties":{"maxWindowHours":{"type":"number","exclusiveMinimum":0,"maximum":168,"description":"Longest allowed step window, in hours; a longer window hides when the element is really at risk."}},"additionalProperties":false}': ruleOptions11, '{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://changegate.dev/schemas/rule-test.schema.json","title":"changegate RuleTest","description":"A rule unit test run by `changegate test`: a base repository, changes applied to an in-memory copy of it, and the result expected. Never read as part of a network.","type":"object","required":["kind","name","base","asOf","apply","expect"],"additionalProperties":false,"properties":{"kind":{"description":"The document kind. Must be \\"RuleTest\\".","type":"string","const":"RuleTest"},"name":{"description":"What the test proves, in a sentence (shown in the report), e.g. \\"a holiday on the interconnect is refused\\".","type":"string","minLength":1},"base":{"description":"The repository folder the test starts from, relative to this file (\\"..\\" when the test sits in <repo>/tests/). It is read as `changegate check` reads it and never modified.","type":"string","minLength":1},"asOf":{"description":"The instant the plan is judged as of, ISO 8601 with an offset, e.g. 2026-11-27T09:00:00+01:00. Required, so a test gives the same result on every day it runs.","type":"string","format":"instant"},"includeDrafts":{"description":"Put draft change requests on the timeline too (as `changegate check --include-drafts`).","type":"boolean"},"apply":{"description":"Edits applied, in order, to an in-memory copy of the base: add or replace a file with `content`, or remove one with `delete: true`.","type":"array","items":{"type":"object","description":"One edit: a repository-relative path and either its new content or `delete: true` (exactly one of the two).","required":["path"],"additionalProperties":false,"properties":{"path":{"description":"Repository-relative POSIX path of the file, e.g. changes/CR-TEST-1.yaml. It may not leave the repository.","type":"string","pattern":"^(?!/)(?!.*(^|/)\\\\.\\\\.(/|$))[^\\\\\\\\]+$"},"content":{"description":"The file\'s new text (use a YAML block scalar `|`); line numbers in `expect` count from its first line.","type":"string"},"delete":{"description":"Remove the file from the copy (it must exist in the base or an earlier edit).","const":true}},"minProperties":2,"maxProperties":2}},"rules":{"description":"Judge only these rules\' findings (every rule still runs, so interactions stay real). Default: every rule.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z][a-z0-9]*(-[a-z0-9]+)*$","description":"A rule id, as `changegate rules` lists it."}},"expect":{"description":"The result expected: a verdict, findings, or `pass: true`.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"verdict":{"description":"The verdict of the whole evaluation: pass, warn, fail or error.","enum":["pass","warn","fail","error"]},"pass":{"description":"true: no blocking (error-severity) finding of the judged rules, and the repository could be read (verdict not error).","const":true},"findings":{"description":"Findings that must be present: each entry must match at least one finding of the judged rules (exactly `count` when given).","type":"array","minItems":1,"items":{"type":"object","description":"What a finding must have; fields left out match anything.","required":["rule"],"additionalProperties":false,"properties":{"rule":{"type":"string","description":"The rule id of the finding."},"messageId":{"type":"string","description":"The message id, as the rule\'s page lists them."},"file":{"type":"string","description":"Repository-relative path the finding points at."},"line":{"type":"integer","minimum":1,"description":"The 1-based line the finding starts on."},"column":{"type":"integer","minimum":1,"description":"The 1-based column the finding starts on."},"severity":{"enum":["error","warning","notice"],"description":"The finding\'s severity after the policy\'s settings."},"change":{"type":"string","description":"The change request the finding is about."},"step":{"type":"string","description":"The step the finding is about."},"count":{"type":"integer","minimum":0,"description":"Exactly this many findings match (0: none may). Default: at least one."}}}},"exhaustive":{"description":"true: the judged rules report nothing beyond the listed findings.","type":"boolean"}}}}}': ruleOptions12 };

// src/cli/precompiled-validators.ts
function installPrecompiledValidators() {
  usePrecompiledValidators(precompiled_validators_exports);
}
export {
  installPrecompiledValidators
};
