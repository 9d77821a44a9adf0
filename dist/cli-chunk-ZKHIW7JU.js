import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  IANAZone
} from "./cli-chunk-W4CA3O5L.js";
import {
  __commonJS,
  __toESM
} from "./cli-chunk-QTBQUBZ5.js";

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// src/core/suggest.ts
function editDistance(a, b, limit = 8) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2] + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length];
}
function didYouMean(word, candidates) {
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  let best;
  let bestDistance = limit + 1;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase(), limit);
    if (distance < bestDistance || distance === bestDistance && best !== void 0 && candidate < best) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : void 0;
}

// schemas/change-request.schema.json
var change_request_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://changegate.dev/schemas/change-request.schema.json",
  title: "changegate ChangeRequest",
  description: "A change request: an owned, approved plan of steps on the voice core, each acting on sites, call servers or trunks inside a time window. One change request per file.",
  type: "object",
  required: [
    "kind",
    "id",
    "title",
    "owner",
    "purpose",
    "declaredRisk",
    "state",
    "steps"
  ],
  properties: {
    kind: {
      description: 'The document kind. Must be "ChangeRequest" for change requests.',
      type: "string",
      const: "ChangeRequest"
    },
    id: {
      $ref: "#/$defs/changeId",
      description: 'Unique change request identifier, for example "CR-2026-0412".',
      markdownDescription: "Change request id, `CR-` then year and number; one change request per file, the file named after it.",
      examples: [
        "CR-2026-0412"
      ]
    },
    title: {
      $ref: "#/$defs/text",
      description: "One-line title of the change."
    },
    owner: {
      $ref: "#/$defs/personId",
      description: "Identifier of the person who owns (authored) the change."
    },
    purpose: {
      $ref: "#/$defs/text",
      description: "Why the change is made."
    },
    declaredRisk: {
      description: "Risk class declared by the owner. changegate also derives a risk class from what the change touches and reports a declaration below it.",
      markdownDescription: "Risk class declared by the owner: `low`, `medium`, `high` or `critical`.\n\nchangegate **derives** a risk class from what the change touches (emergency paths, all sites of a redundancy group, unproven software) and reports a declaration below it; `high` and `critical` changes need independent approvals.",
      examples: [
        "high"
      ],
      type: "string",
      enum: [
        "low",
        "medium",
        "high",
        "critical"
      ]
    },
    state: {
      description: "Lifecycle state. The timeline considers proposed, approved, scheduled and in-progress changes (and draft ones with includeDrafts / --include-drafts); done and cancelled ones never.",
      markdownDescription: "Where the change is in its life:\n\n- `draft`: validated, but off the timeline (use `--include-drafts`)\n- `proposed`: under review, judged on the timeline\n- `approved`, `scheduled`, `in-progress`: judged, and must carry valid approvals\n- `done`, `cancelled`: kept as a record, off the timeline",
      examples: [
        "proposed"
      ],
      type: "string",
      enum: [
        "draft",
        "proposed",
        "approved",
        "scheduled",
        "in-progress",
        "done",
        "cancelled"
      ]
    },
    capacityUpgrade: {
      description: "True for a capacity-upgrade change, whose end state must still survive the loss of any one site at forecast peak. Default: false.",
      type: "boolean",
      default: false
    },
    approvals: {
      description: "Approvals given to this change request.",
      type: "array",
      items: {
        $ref: "#/$defs/approval",
        description: "An approval."
      }
    },
    notify: {
      description: "Parties told about the change, with their lead time.",
      type: "array",
      items: {
        $ref: "#/$defs/stakeholder",
        description: "A party to notify."
      }
    },
    escalation: {
      $ref: "#/$defs/escalation",
      description: "Who to escalate to if the change goes wrong, and how fast."
    },
    steps: {
      description: "The steps of the plan, in order.",
      type: "array",
      items: {
        $ref: "#/$defs/step",
        description: "A step."
      },
      minItems: 1
    }
  },
  additionalProperties: false,
  $defs: {
    id: {
      description: "An identifier: 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit. Identifiers are case-sensitive.",
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"
    },
    changeId: {
      description: `A change request identifier such as "CR-2026-0412": 1 to 64 characters, letters, digits, '.', '_' and '-', starting with a letter.`,
      type: "string",
      pattern: "^[A-Za-z][A-Za-z0-9._-]{0,63}$"
    },
    personId: {
      description: `A person's identifier (for example a directory login such as "a.martin"): 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit.`,
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"
    },
    role: {
      description: 'An approval role in kebab case, for example "cab", "network-lead" or "security".',
      type: "string",
      pattern: "^[a-z][a-z0-9-]{0,63}$"
    },
    timeZone: {
      description: 'An IANA time zone name, for example "Europe/Paris". Abbreviations such as "CET" and fixed offsets are not accepted.',
      markdownDescription: "An IANA time zone name of the form `Area/Location`, e.g. `Europe/Paris`, or `UTC`.\n\nAbbreviations such as `CET` and fixed offsets such as `Etc/GMT-1` are **refused**: they do not say which region's daylight-saving rules apply. See [time zones](https://github.com/changegate/changegate/blob/v0.1.0/docs/formats.md#time-instants-time-zones-and-windows).",
      examples: [
        "Europe/Paris",
        "UTC"
      ],
      type: "string",
      format: "iana-time-zone"
    },
    instant: {
      description: 'A point in time in ISO 8601: with an offset ("2026-12-08T00:30:00+01:00", "2026-12-07T23:30:00Z") or as a local date-time without offset ("2026-12-08T00:30" or "2026-12-08T00:30:00"), which is read in the applicable time zone. A local time that does not exist or is ambiguous at a daylight-saving change is refused: write an offset. An offset has at most 23 hours and minutes below 60 (+01:99 is refused, not read as +02:39).',
      type: "string",
      format: "instant"
    },
    text: {
      description: "Free text, at least one character.",
      type: "string",
      minLength: 1
    },
    version: {
      description: 'A software version string as the vendor writes it, for example "7.4.2".',
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._+~-]{0,63}$"
    },
    sha256: {
      description: "A SHA-256 digest: 64 lowercase hexadecimal characters.",
      type: "string",
      pattern: "^[0-9a-f]{64}$"
    },
    dialledNumber: {
      description: `A dialled number: 2 to 15 digits, optionally after a leading '+', written as a quoted string (for example "112" or "+33100000001").`,
      type: "string",
      pattern: "^\\+?[0-9]{2,15}$"
    },
    fraction: {
      description: "A fraction from 0 to 1.",
      type: "number",
      minimum: 0,
      maximum: 1
    },
    approval: {
      description: "An approval of the change request by one person in one role.",
      type: "object",
      required: [
        "by",
        "role"
      ],
      properties: {
        by: {
          $ref: "#/$defs/personId",
          description: "Identifier of the approver (an approver of the policy)."
        },
        role: {
          $ref: "#/$defs/role",
          description: 'Role in which the approval is given, for example "cab".'
        },
        at: {
          $ref: "#/$defs/instant",
          description: "When the approval was given."
        },
        revision: {
          description: 'The revision of the change request the approver saw: "sha256:" followed by 64 lowercase hex characters, as shown by `changegate check --format json`. When it differs from the current revision, the plan was edited after this approval and changegate reports it.',
          type: "string",
          pattern: "^sha256:[0-9a-f]{64}$"
        }
      },
      additionalProperties: false
    },
    stakeholder: {
      description: "A party to notify before the change.",
      type: "object",
      required: [
        "party",
        "name",
        "leadTimeHours"
      ],
      properties: {
        party: {
          description: "Kind of party.",
          type: "string",
          enum: [
            "regulator",
            "authority",
            "psap",
            "noc",
            "emergency-services",
            "other"
          ]
        },
        name: {
          $ref: "#/$defs/text",
          description: "Name of the party or desk."
        },
        contact: {
          $ref: "#/$defs/text",
          description: "How to reach the party (address, e-mail, phone)."
        },
        psaps: {
          description: "PSAP identifiers this notification covers (for party psap or emergency-services).",
          type: "array",
          items: {
            $ref: "#/$defs/id",
            description: "A PSAP identifier."
          },
          uniqueItems: true
        },
        leadTimeHours: {
          description: "How many hours before the first step the party is told.",
          type: "number",
          minimum: 0,
          maximum: 8760
        }
      },
      additionalProperties: false
    },
    escalation: {
      description: "Escalation contact for the change.",
      type: "object",
      required: [
        "contact",
        "targetMinutes"
      ],
      properties: {
        contact: {
          $ref: "#/$defs/text",
          description: "Person or desk to escalate to."
        },
        phone: {
          $ref: "#/$defs/text",
          description: "Phone number of the escalation contact."
        },
        targetMinutes: {
          description: "Target time, in minutes, to escalate once emergency traffic is affected.",
          type: "integer",
          minimum: 1,
          maximum: 1440
        }
      },
      additionalProperties: false
    },
    step: {
      description: "One step of the plan.",
      type: "object",
      required: [
        "id",
        "action",
        "targets",
        "window"
      ],
      properties: {
        id: {
          $ref: "#/$defs/id",
          description: 'Step identifier, unique within the change request, for example "s1".',
          markdownDescription: "Step id, unique in the change request, used by `dependsOn` and waivers.",
          examples: [
            "s1"
          ]
        },
        action: {
          description: "What the step does. drain moves traffic away from the targets; restore brings them back into service.",
          markdownDescription: "What the step does:\n\n- `software-upgrade`: a new version on the targets (give `software`)\n- `config-push`, `reconnection`: a configuration or command sequence (give `procedure`)\n- `capacity-add`, `capacity-remove`: licensed capacity changes (give `capacityChange`)\n- `restart`, `isolate`: the targets leave service; drain them first\n- `drain`: moves traffic away from the targets; `restore` brings them back into service",
          examples: [
            "drain",
            "software-upgrade",
            "restore"
          ],
          type: "string",
          enum: [
            "software-upgrade",
            "config-push",
            "reconnection",
            "capacity-add",
            "capacity-remove",
            "restart",
            "drain",
            "isolate",
            "restore"
          ]
        },
        description: {
          $ref: "#/$defs/text",
          description: "Free-text description of the step."
        },
        targets: {
          $ref: "#/$defs/targets",
          description: "What the step acts on."
        },
        window: {
          $ref: "#/$defs/window",
          description: "When the step runs."
        },
        dependsOn: {
          description: "Identifiers of steps of the same change request that must finish before this one starts.",
          type: "array",
          items: {
            $ref: "#/$defs/id",
            description: "A step identifier."
          },
          uniqueItems: true
        },
        software: {
          $ref: "#/$defs/software",
          description: "Software deployed by the step (required for software-upgrade)."
        },
        procedure: {
          $ref: "#/$defs/text",
          description: `Identifier of the procedure or command set applied, for example "RECONNECT-SEQ-V3". For config-push and reconnection it is the change signature that must go through canary and soak; without it, the step's change gets a signature of its own that is never proven.`
        },
        artefacts: {
          description: "Files the step applies (configuration files, policy files, scripts, packages), whatever its action. Each is checked against the software catalog's knownBad list by name and SHA-256.",
          type: "array",
          items: {
            $ref: "#/$defs/artefact",
            description: "A file applied by the step."
          },
          minItems: 1
        },
        rollback: {
          $ref: "#/$defs/rollback",
          description: "How the step is undone, and how long that takes."
        },
        verification: {
          $ref: "#/$defs/verification",
          description: "Checks made after the step."
        },
        capacityLoss: {
          $ref: "#/$defs/fraction",
          description: "Fraction (0 to 1) of each target's capacity lost while the step runs. Default: 1 for every action except drain and restore (0)."
        },
        capacityChange: {
          $ref: "#/$defs/capacityChange",
          description: "For capacity-add and capacity-remove: the capacity added (positive) or removed (negative) on each targeted call server."
        }
      },
      additionalProperties: false,
      allOf: [
        {
          description: "A software-upgrade step names the software it deploys.",
          if: {
            properties: {
              action: {
                description: "The step is a software upgrade.",
                const: "software-upgrade"
              }
            },
            required: [
              "action"
            ]
          },
          then: {
            required: [
              "software"
            ],
            properties: {
              software: {
                description: "Required for a software-upgrade step."
              }
            }
          }
        },
        {
          description: "capacityChange is only for capacity-add and capacity-remove steps.",
          if: {
            properties: {
              action: {
                description: "The step adds or removes capacity.",
                enum: [
                  "capacity-add",
                  "capacity-remove"
                ]
              }
            },
            required: [
              "action"
            ]
          },
          else: {
            not: {
              required: [
                "capacityChange"
              ],
              properties: {
                capacityChange: {
                  description: "Not allowed on actions other than capacity-add and capacity-remove."
                }
              }
            }
          }
        }
      ]
    },
    targets: {
      description: "What a step acts on: at least one of sites, callServers or trunks must be non-empty. A site target puts every call server and trunk of that site at risk.",
      type: "object",
      properties: {
        sites: {
          description: "Identifiers of sites targeted; every call server and trunk of these sites is at risk.",
          type: "array",
          items: {
            $ref: "#/$defs/id",
            description: "A site identifier."
          },
          uniqueItems: true
        },
        callServers: {
          description: "Identifiers of call servers targeted.",
          type: "array",
          items: {
            $ref: "#/$defs/id",
            description: "A call server identifier."
          },
          uniqueItems: true
        },
        trunks: {
          description: "Identifiers of trunks targeted.",
          type: "array",
          items: {
            $ref: "#/$defs/id",
            description: "A trunk identifier."
          },
          uniqueItems: true
        }
      },
      additionalProperties: false,
      anyOf: [
        {
          description: "At least one site.",
          required: [
            "sites"
          ],
          properties: {
            sites: {
              description: "At least one site.",
              type: "array",
              minItems: 1
            }
          }
        },
        {
          description: "At least one call server.",
          required: [
            "callServers"
          ],
          properties: {
            callServers: {
              description: "At least one call server.",
              type: "array",
              minItems: 1
            }
          }
        },
        {
          description: "At least one trunk.",
          required: [
            "trunks"
          ],
          properties: {
            trunks: {
              description: "At least one trunk.",
              type: "array",
              minItems: 1
            }
          }
        }
      ]
    },
    window: {
      description: "The time window of a step, from start to end (end after start).",
      type: "object",
      required: [
        "start",
        "end"
      ],
      properties: {
        start: {
          $ref: "#/$defs/instant",
          description: "Start of the step. With an offset, or local (read in timeZone, else in the policy time zone).",
          examples: [
            "2026-12-08T00:30:00+01:00",
            "2026-12-08T00:30"
          ]
        },
        end: {
          $ref: "#/$defs/instant",
          description: "End of the step. With an offset, or local (read in timeZone, else in the policy time zone).",
          examples: [
            "2026-12-08T00:30:00+01:00",
            "2026-12-08T00:30"
          ]
        },
        timeZone: {
          $ref: "#/$defs/timeZone",
          description: "IANA time zone in which local start and end are read; when absent, the policy time zone."
        }
      },
      additionalProperties: false
    },
    software: {
      description: "Software deployed by a step.",
      type: "object",
      required: [
        "version"
      ],
      properties: {
        version: {
          $ref: "#/$defs/version",
          description: "Version deployed; must be qualified in the software catalog."
        },
        previousVersion: {
          $ref: "#/$defs/version",
          description: "Version running before the step, kept for rollback."
        },
        artefact: {
          $ref: "#/$defs/text",
          description: "Artefact (package file name) deployed."
        },
        sha256: {
          $ref: "#/$defs/sha256",
          description: "SHA-256 of the artefact (64 lowercase hex characters)."
        }
      },
      additionalProperties: false
    },
    artefact: {
      description: "A file a step applies, named and identified by its content hash.",
      type: "object",
      required: [
        "name",
        "sha256"
      ],
      properties: {
        name: {
          $ref: "#/$defs/text",
          description: 'File name of the artefact, for example "trunk-groups-2026-12.cfg".'
        },
        sha256: {
          $ref: "#/$defs/sha256",
          description: "SHA-256 of the file's content (64 lowercase hex characters): it identifies the file whatever its name."
        }
      },
      additionalProperties: false
    },
    rollback: {
      description: "How a step is undone.",
      type: "object",
      required: [
        "procedure",
        "minutes"
      ],
      properties: {
        procedure: {
          $ref: "#/$defs/text",
          description: "The rollback procedure (text or procedure identifier)."
        },
        minutes: {
          description: "Bounded duration of the rollback, in minutes. Step plus rollback (plus the recovery of dependent traffic, when stated) must fit in the maintenance window.",
          type: "integer",
          minimum: 0,
          maximum: 10080
        },
        includesTrafficRecovery: {
          description: "True when the minutes include bringing traffic back onto the targets. Default: false.",
          type: "boolean",
          default: false
        },
        recovery: {
          description: "Recovery of the traffic that depends on the targets once the rollback has put them back (for example subscribers re-registering after a core element returns), when it takes longer than the rollback itself. The maintenance window and the rollback bound must hold the rollback plus this recovery.",
          type: "object",
          required: [
            "of",
            "minutes"
          ],
          properties: {
            of: {
              $ref: "#/$defs/text",
              description: 'What recovers, for example "re-registration of 2 million subscribers".'
            },
            minutes: {
              description: "How long the recovery takes after the rollback ends, in minutes.",
              type: "integer",
              minimum: 0,
              maximum: 10080
            }
          },
          additionalProperties: false
        }
      },
      additionalProperties: false
    },
    verification: {
      description: "Checks made after a step, before the next step starts.",
      type: "object",
      required: [
        "testCalls"
      ],
      properties: {
        testCalls: {
          description: "Test calls placed after the step.",
          type: "array",
          items: {
            $ref: "#/$defs/testCall",
            description: "A test call."
          },
          minItems: 1
        }
      },
      additionalProperties: false
    },
    testCall: {
      description: "One test call.",
      type: "object",
      required: [
        "number"
      ],
      properties: {
        number: {
          $ref: "#/$defs/dialledNumber",
          description: 'Number called, as a quoted string: an emergency number of the inventory (for example "112") or one of its test numbers. Any other number is refused and does not count as verification.'
        },
        from: {
          $ref: "#/$defs/text",
          description: "Calling line or test probe used (informative)."
        }
      },
      additionalProperties: false
    },
    capacityChange: {
      description: "Capacity added (positive) or removed (negative) on each targeted call server.",
      type: "object",
      required: [
        "sessions",
        "cps"
      ],
      properties: {
        sessions: {
          description: "Simultaneous sessions added per targeted call server (negative to remove).",
          type: "integer",
          minimum: -1e7,
          maximum: 1e7
        },
        cps: {
          description: "Call attempts per second added per targeted call server (negative to remove).",
          type: "integer",
          minimum: -1e7,
          maximum: 1e7
        }
      },
      additionalProperties: false
    }
  }
};

// schemas/changegate-config.schema.json
var changegate_config_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://changegate.dev/schemas/changegate-config.schema.json",
  title: "changegate repository configuration",
  description: "The optional changegate.yaml at the root of a network-config repository: which files changegate reads.",
  type: "object",
  required: [
    "kind"
  ],
  properties: {
    kind: {
      description: 'The document kind. Must be "ChangegateConfig" for changegate.yaml.',
      type: "string",
      const: "ChangegateConfig"
    },
    include: {
      description: "Folders or files read, relative to the repository root. A folder contributes every *.yaml and *.yml file in it and in its subfolders. Default: [inventory, traffic, software, policy, changes, waivers, records].",
      markdownDescription: "Folders or files read, relative to the repository root, with `/` separators. Every folder listed must hold a file; the default folders may be absent.",
      examples: [
        [
          "inventory",
          "traffic",
          "software",
          "policy",
          "changes",
          "waivers",
          "records"
        ]
      ],
      type: "array",
      items: {
        $ref: "#/$defs/relativePath",
        description: "A folder or file to read."
      },
      uniqueItems: true,
      default: [
        "inventory",
        "traffic",
        "software",
        "policy",
        "changes",
        "waivers",
        "records"
      ]
    },
    exclude: {
      description: "Folders or files skipped, relative to the repository root: a file is skipped when its path is an entry or lies under an entry.",
      type: "array",
      items: {
        $ref: "#/$defs/relativePath",
        description: "A folder or file to skip."
      },
      uniqueItems: true
    },
    includeDrafts: {
      description: "When true, change requests in state draft are considered by the timeline (as with --include-drafts). Default: false.",
      type: "boolean",
      default: false
    },
    maxFileBytes: {
      description: "Largest network file read, in bytes; a larger file is an error (the gate refuses what it will not read). Default 5242880 (5 MiB); at most 67108864 (64 MiB), a hard ceiling that keeps one file from exhausting memory. Before raising it, consider splitting the file: an inventory may be spread over several Inventory files in inventory/ (for example one per region), whose sections are merged.",
      type: "integer",
      minimum: 1024,
      maximum: 67108864,
      default: 5242880
    }
  },
  additionalProperties: false,
  $defs: {
    relativePath: {
      description: 'A path relative to the repository root, using "/" separators; absolute paths and ".." segments are refused.',
      type: "string",
      minLength: 1,
      pattern: "^(?![/\\\\])(?![A-Za-z]:)(?!(?:.*[/\\\\])?\\.\\.(?:[/\\\\]|$)).+$"
    }
  }
};

// schemas/inventory.schema.json
var inventory_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://changegate.dev/schemas/inventory.schema.json",
  title: "changegate Inventory",
  description: "Part of the network inventory of the voice core: sites, redundancy groups, call servers, PSTN transit switches, trunks, PSAPs and emergency numbers with their routes. A repository may split its inventory over several Inventory files; every section is optional and the sections of all files are merged. Identifiers must be unique across all files of the same section.",
  type: "object",
  required: [
    "kind"
  ],
  properties: {
    kind: {
      description: 'The document kind. Must be "Inventory" for inventory files.',
      type: "string",
      const: "Inventory"
    },
    sites: {
      description: "Sites: buildings or locations hosting equipment. Each site is a failure domain; a step that targets a site puts every call server and trunk of that site at risk.",
      type: "array",
      items: {
        $ref: "#/$defs/site",
        description: "A site."
      }
    },
    redundancyGroups: {
      description: "Redundancy groups: sets of call servers that back each other up.",
      type: "array",
      items: {
        $ref: "#/$defs/redundancyGroup",
        description: "A redundancy group."
      }
    },
    callServers: {
      description: "Call servers: softswitch / interconnect nodes (MGCF, SBC, TDM gateway, ...).",
      type: "array",
      items: {
        $ref: "#/$defs/callServer",
        description: "A call server."
      }
    },
    switches: {
      description: "PSTN transit switches that trunks connect to.",
      type: "array",
      items: {
        $ref: "#/$defs/switch",
        description: "A PSTN transit switch."
      }
    },
    trunks: {
      description: "Trunks (interconnects) from a call server to a PSTN transit switch.",
      type: "array",
      items: {
        $ref: "#/$defs/trunk",
        description: "A trunk."
      }
    },
    psaps: {
      description: "Public Safety Answering Points: the emergency call centres that emergency numbers reach.",
      type: "array",
      items: {
        $ref: "#/$defs/psap",
        description: "A PSAP."
      }
    },
    emergencyNumbers: {
      description: "Emergency numbers with their candidate routes.",
      type: "array",
      items: {
        $ref: "#/$defs/emergencyNumberEntry",
        description: "An emergency number."
      }
    },
    testNumbers: {
      description: "Test numbers that steps may call to verify their work besides the emergency numbers (test lines, probes, loop-back numbers). A test call to a number that is neither an emergency number nor a test number of the inventory is refused and does not count as verification.",
      type: "array",
      items: {
        $ref: "#/$defs/testNumberEntry",
        description: "A test number."
      }
    }
  },
  additionalProperties: false,
  $defs: {
    id: {
      description: "An identifier: 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit. Identifiers are case-sensitive.",
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"
    },
    timeZone: {
      description: 'An IANA time zone name, for example "Europe/Paris". Abbreviations such as "CET" and fixed offsets are not accepted.',
      markdownDescription: "An IANA time zone name of the form `Area/Location`, e.g. `Europe/Paris`, or `UTC`.\n\nAbbreviations such as `CET` and fixed offsets such as `Etc/GMT-1` are **refused**: they do not say which region's daylight-saving rules apply. See [time zones](https://github.com/changegate/changegate/blob/v0.1.0/docs/formats.md#time-instants-time-zones-and-windows).",
      examples: [
        "Europe/Paris",
        "UTC"
      ],
      type: "string",
      format: "iana-time-zone"
    },
    text: {
      description: "Free text, at least one character.",
      type: "string",
      minLength: 1
    },
    version: {
      description: 'A software version string as the vendor writes it, for example "7.4.2".',
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._+~-]{0,63}$"
    },
    emergencyNumber: {
      description: 'An emergency short number, 2 to 6 digits, written as a quoted string (for example "112").',
      type: "string",
      pattern: "^[0-9]{2,6}$"
    },
    dialledNumber: {
      description: `A dialled number: 2 to 15 digits, optionally after a leading '+', written as a quoted string (for example "112" or "+33100000001").`,
      type: "string",
      pattern: "^\\+?[0-9]{2,15}$"
    },
    capacityCount: {
      description: "A capacity: an integer from 0 to 10000000.",
      type: "integer",
      minimum: 0,
      maximum: 1e7
    },
    site: {
      description: "A site (building or location), which is one failure domain for power, fire and transport.",
      type: "object",
      required: [
        "id",
        "name",
        "region",
        "failureDomain",
        "timeZone"
      ],
      properties: {
        id: {
          $ref: "#/$defs/id",
          description: 'Unique site identifier, for example "PAR1".'
        },
        name: {
          $ref: "#/$defs/text",
          description: "Human-readable site name."
        },
        region: {
          $ref: "#/$defs/text",
          description: "Administrative or operational region of the site."
        },
        failureDomain: {
          $ref: "#/$defs/text",
          description: "Failure domain label (power, fire, transport). Sites sharing a label are expected to fail together."
        },
        timeZone: {
          $ref: "#/$defs/timeZone",
          description: 'IANA time zone of the site, for example "Europe/Paris".'
        }
      },
      additionalProperties: false
    },
    redundancyGroup: {
      description: "A redundancy group: the call servers listed with this group in their redundancyGroup field back each other up.",
      type: "object",
      required: [
        "id",
        "name"
      ],
      properties: {
        id: {
          $ref: "#/$defs/id",
          description: 'Unique redundancy group identifier, for example "ECI".'
        },
        name: {
          $ref: "#/$defs/text",
          description: "Human-readable name of the group."
        },
        emergency: {
          description: "True when the group carries emergency calls. A group is also treated as emergency when any of its members is. Default: false.",
          type: "boolean",
          default: false
        }
      },
      additionalProperties: false
    },
    callServer: {
      description: "A call server (softswitch / interconnect node).",
      type: "object",
      required: [
        "id",
        "site",
        "role",
        "platform",
        "softwareVersion",
        "capacity",
        "redundancyGroup",
        "emergency"
      ],
      properties: {
        id: {
          $ref: "#/$defs/id",
          description: 'Unique call server identifier, for example "par1-cs1".'
        },
        site: {
          $ref: "#/$defs/id",
          description: "Identifier of the site hosting the server."
        },
        role: {
          description: "Function of the server in the voice core.",
          type: "string",
          enum: [
            "mgcf",
            "sbc",
            "tdm-gateway",
            "softswitch",
            "bgcf",
            "other"
          ]
        },
        platform: {
          $ref: "#/$defs/id",
          description: 'Software platform identifier, matched against the software catalog, for example "vx-mgcf".'
        },
        vendor: {
          $ref: "#/$defs/text",
          description: "Vendor name (informative)."
        },
        softwareVersion: {
          $ref: "#/$defs/version",
          description: "Software version currently running, matched against the software catalog."
        },
        capacity: {
          $ref: "#/$defs/serverCapacity",
          description: "Engineered capacity of the server."
        },
        redundancyGroup: {
          $ref: "#/$defs/id",
          description: "Identifier of the redundancy group the server belongs to."
        },
        emergency: {
          description: "True when the server carries emergency calls.",
          type: "boolean"
        }
      },
      additionalProperties: false
    },
    serverCapacity: {
      description: "Engineered capacity of a call server.",
      type: "object",
      required: [
        "sessions",
        "cps"
      ],
      properties: {
        sessions: {
          $ref: "#/$defs/capacityCount",
          description: "Simultaneous sessions the server can carry."
        },
        cps: {
          $ref: "#/$defs/capacityCount",
          description: "Call attempts per second the server can accept."
        }
      },
      additionalProperties: false
    },
    switch: {
      description: "A PSTN transit switch.",
      type: "object",
      required: [
        "id",
        "name"
      ],
      properties: {
        id: {
          $ref: "#/$defs/id",
          description: 'Unique switch identifier, for example "TR-PAR-A".'
        },
        name: {
          $ref: "#/$defs/text",
          description: "Human-readable switch name."
        },
        site: {
          $ref: "#/$defs/id",
          description: "Identifier of a site of this inventory where the switch is hosted, when it is one of them."
        }
      },
      additionalProperties: false
    },
    trunk: {
      description: "A trunk (interconnect) from a call server to a PSTN transit switch.",
      type: "object",
      required: [
        "id",
        "callServer",
        "switch",
        "capacity",
        "emergency"
      ],
      properties: {
        id: {
          $ref: "#/$defs/id",
          description: 'Unique trunk identifier, for example "par1-cs1-tpa".'
        },
        callServer: {
          $ref: "#/$defs/id",
          description: "Identifier of the call server at this end of the trunk."
        },
        switch: {
          $ref: "#/$defs/id",
          description: "Identifier of the PSTN transit switch at the other end."
        },
        capacity: {
          $ref: "#/$defs/trunkCapacity",
          description: "Engineered capacity of the trunk."
        },
        emergency: {
          description: "True when the trunk carries emergency calls.",
          type: "boolean"
        }
      },
      additionalProperties: false
    },
    trunkCapacity: {
      description: "Engineered capacity of a trunk.",
      type: "object",
      required: [
        "sessions"
      ],
      properties: {
        sessions: {
          $ref: "#/$defs/capacityCount",
          description: "Simultaneous sessions (circuits or SIP channels) of the trunk."
        }
      },
      additionalProperties: false
    },
    psap: {
      description: "A Public Safety Answering Point (emergency call centre).",
      type: "object",
      required: [
        "id",
        "name"
      ],
      properties: {
        id: {
          $ref: "#/$defs/id",
          description: 'Unique PSAP identifier, for example "SAMU-75".'
        },
        name: {
          $ref: "#/$defs/text",
          description: "Human-readable PSAP name."
        }
      },
      additionalProperties: false
    },
    emergencyNumberEntry: {
      description: "An emergency number, the PSAPs it reaches and its candidate routes.",
      type: "object",
      required: [
        "number",
        "name",
        "psaps",
        "routes"
      ],
      properties: {
        number: {
          $ref: "#/$defs/emergencyNumber",
          description: 'The short number dialled, as a quoted string, for example "112".'
        },
        name: {
          $ref: "#/$defs/text",
          description: "Human-readable name of the number."
        },
        psaps: {
          description: "Identifiers of the PSAPs this number reaches.",
          type: "array",
          items: {
            $ref: "#/$defs/id",
            description: "A PSAP identifier."
          },
          minItems: 1,
          uniqueItems: true
        },
        routes: {
          description: "Candidate routes of the number: call server, trunk, transit switch, PSAP.",
          type: "array",
          items: {
            $ref: "#/$defs/route",
            description: "A route."
          },
          minItems: 1
        }
      },
      additionalProperties: false
    },
    testNumberEntry: {
      description: "A number kept for test calls.",
      type: "object",
      required: [
        "number",
        "name"
      ],
      properties: {
        number: {
          $ref: "#/$defs/dialledNumber",
          description: 'The number dialled, as a quoted string, for example "0800990112" or "+33100000001".'
        },
        name: {
          $ref: "#/$defs/text",
          description: 'What answers the number, for example "PAR1 test line (answering machine)".'
        }
      },
      additionalProperties: false
    },
    route: {
      description: "One candidate route of an emergency number. The trunk must belong to the call server and end on the switch; the PSAP must be one of the number's PSAPs.",
      type: "object",
      required: [
        "callServer",
        "trunk",
        "switch",
        "psap"
      ],
      properties: {
        callServer: {
          $ref: "#/$defs/id",
          description: "Identifier of the call server the route goes through."
        },
        trunk: {
          $ref: "#/$defs/id",
          description: "Identifier of the trunk the route uses (a trunk of that call server)."
        },
        switch: {
          $ref: "#/$defs/id",
          description: "Identifier of the transit switch the trunk ends on."
        },
        psap: {
          $ref: "#/$defs/id",
          description: "Identifier of the PSAP the route reaches."
        }
      },
      additionalProperties: false
    }
  }
};

// schemas/policy.schema.json
var policy_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://changegate.dev/schemas/policy.schema.json",
  title: "changegate Policy",
  description: "The change policy: maintenance windows, freeze periods, approvers, where approvals get their proof, what waivers need, and per-rule severity and options overrides.",
  type: "object",
  required: [
    "kind",
    "timeZone",
    "maintenanceWindows"
  ],
  properties: {
    kind: {
      description: 'The document kind. Must be "Policy" for the policy.',
      type: "string",
      const: "Policy"
    },
    timeZone: {
      $ref: "#/$defs/timeZone",
      description: "IANA time zone in which maintenance windows are read, and local instants without a window time zone."
    },
    maintenanceWindows: {
      description: "Recurring local-time windows in which steps may run.",
      type: "array",
      items: {
        $ref: "#/$defs/maintenanceWindow",
        description: "A maintenance window."
      },
      minItems: 1
    },
    freezePeriods: {
      description: "Periods in which no step may run.",
      type: "array",
      items: {
        $ref: "#/$defs/freezePeriod",
        description: "A freeze period."
      }
    },
    approvers: {
      description: "People who may approve change requests, with their roles.",
      type: "array",
      items: {
        $ref: "#/$defs/approver",
        description: "An approver."
      }
    },
    approvalSource: {
      $ref: "#/$defs/approvalSource",
      description: "Where approvals (of change requests and of waivers) get the proof of who gave them. Without it, no approval counts: approvals typed into a file prove nothing. Choose signed-commits (local, pre-commit, any forge), pull-request-reviews (the GitHub Action), merge-request-approvals (changegate gitlab, check --publish gitlab) or, knowingly, declared."
    },
    waiverApprovals: {
      description: "How many distinct approvers, in which role, a waiver needs. Every entry that matches the waived finding's severity or the change's risk (the higher of declared and derived) applies: the waiver needs the largest number of approvers among them, each holding every role they name. Default: one cab approver for a warning or notice, two for an error, two cab approvers whenever the change is critical.",
      type: "array",
      items: {
        $ref: "#/$defs/waiverApproval",
        description: "One requirement."
      },
      minItems: 1
    },
    rules: {
      description: 'Per-rule overrides of severity and options, keyed by rule identifier (for example "surviving-capacity"). Rules not listed keep their defaults.',
      type: "object",
      propertyNames: {
        description: "A rule identifier in kebab case.",
        pattern: "^[a-z][a-z0-9-]*$"
      },
      additionalProperties: {
        $ref: "#/$defs/ruleOverride",
        description: "The override of one rule."
      }
    }
  },
  additionalProperties: false,
  $defs: {
    id: {
      description: "An identifier: 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit. Identifiers are case-sensitive.",
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"
    },
    personId: {
      description: `A person's identifier (for example a directory login such as "a.martin"): 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit.`,
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"
    },
    role: {
      description: 'An approval role in kebab case, for example "cab", "network-lead" or "security".',
      type: "string",
      pattern: "^[a-z][a-z0-9-]{0,63}$"
    },
    timeZone: {
      description: 'An IANA time zone name, for example "Europe/Paris". Abbreviations such as "CET" and fixed offsets are not accepted.',
      markdownDescription: "An IANA time zone name of the form `Area/Location`, e.g. `Europe/Paris`, or `UTC`.\n\nAbbreviations such as `CET` and fixed offsets such as `Etc/GMT-1` are **refused**: they do not say which region's daylight-saving rules apply. See [time zones](https://github.com/changegate/changegate/blob/v0.1.0/docs/formats.md#time-instants-time-zones-and-windows).",
      examples: [
        "Europe/Paris",
        "UTC"
      ],
      type: "string",
      format: "iana-time-zone"
    },
    instant: {
      description: 'A point in time in ISO 8601: with an offset ("2026-12-08T00:30:00+01:00", "2026-12-07T23:30:00Z") or as a local date-time without offset ("2026-12-08T00:30" or "2026-12-08T00:30:00"), which is read in the applicable time zone. A local time that does not exist or is ambiguous at a daylight-saving change is refused: write an offset. An offset has at most 23 hours and minutes below 60 (+01:99 is refused, not read as +02:39).',
      type: "string",
      format: "instant"
    },
    text: {
      description: "Free text, at least one character.",
      type: "string",
      minLength: 1
    },
    maintenanceWindow: {
      description: "A recurring maintenance window in the policy time zone. The day type is that of the day the window starts. When end is earlier than or equal to start, the window crosses midnight into the next day.",
      type: "object",
      required: [
        "days",
        "start",
        "end"
      ],
      properties: {
        days: {
          description: "Day types on which the window opens.",
          type: "array",
          items: {
            description: "A day type: weekday (Monday to Friday), weekend (Saturday, Sunday), holiday (dates listed in the traffic forecast).",
            type: "string",
            enum: [
              "weekday",
              "weekend",
              "holiday"
            ]
          },
          minItems: 1,
          uniqueItems: true
        },
        start: {
          description: "Local opening time, HH:MM (00:00 to 23:59).",
          type: "string",
          pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"
        },
        end: {
          description: "Local closing time, HH:MM (00:00 to 23:59, or 24:00 for midnight). When end <= start the window crosses midnight.",
          type: "string",
          pattern: "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
        }
      },
      additionalProperties: false
    },
    freezePeriod: {
      description: "A period in which no step may run, from start (inclusive) to end (exclusive).",
      type: "object",
      required: [
        "id",
        "reason",
        "start",
        "end"
      ],
      properties: {
        id: {
          $ref: "#/$defs/id",
          description: "Unique identifier of the freeze period."
        },
        reason: {
          $ref: "#/$defs/text",
          description: "Why changes are frozen (national event, end-of-year traffic, ...)."
        },
        start: {
          $ref: "#/$defs/instant",
          description: "Start of the freeze. Local date-times are read in the policy time zone."
        },
        end: {
          $ref: "#/$defs/instant",
          description: "End of the freeze (exclusive). Local date-times are read in the policy time zone."
        }
      },
      additionalProperties: false
    },
    approver: {
      description: "A person who may approve change requests.",
      type: "object",
      required: [
        "id",
        "name",
        "roles"
      ],
      properties: {
        id: {
          $ref: "#/$defs/personId",
          description: "The person's identifier, as used in change request approvals."
        },
        name: {
          $ref: "#/$defs/text",
          description: "The person's full name."
        },
        roles: {
          description: "Roles the person may approve in, for example cab, network-lead, security, noc.",
          type: "array",
          items: {
            $ref: "#/$defs/role",
            description: "A role."
          },
          minItems: 1,
          uniqueItems: true
        },
        github: {
          description: "The person's GitHub login: with approvalSource pull-request-reviews, an approving review from this login is this person's approval. Compared without regard to case.",
          type: "string",
          pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"
        },
        gitlab: {
          description: "The person's GitLab username (without @): with approvalSource merge-request-approvals, this user's approval of the merge request at its head commit is this person's approval. Compared without regard to case.",
          type: "string",
          pattern: "^[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,253}[A-Za-z0-9_-])?$"
        }
      },
      additionalProperties: false
    },
    ruleOverride: {
      description: "Severity and options override of one rule.",
      type: "object",
      properties: {
        severity: {
          description: "Severity of the rule's findings: error findings fail the gate, warning findings give a warn verdict, notice findings are informative; off disables the rule.",
          type: "string",
          enum: [
            "error",
            "warning",
            "notice",
            "off"
          ]
        },
        options: {
          description: "Options of the rule. Their names and values are validated by changegate against the rule's own options schema (see docs/rules/<rule-id>.md).",
          type: "object"
        }
      },
      additionalProperties: false
    },
    approvalSource: {
      description: "The source of proof for approvals.",
      type: "object",
      required: [
        "kind"
      ],
      properties: {
        kind: {
          description: "signed-commits: an approval entry counts only when every line of it was added by a commit signed with that approver's SSH key (listed in allowedSigners). pull-request-reviews: an approval entry counts only when the approver's GitHub login approved the pull request at its head commit or after the last commit that changed the file, without the review being dismissed. merge-request-approvals: an approval entry counts only when the approver's GitLab username approved the merge request on the head commit being checked (not an earlier push), and is neither the merge request's author nor a bot. declared: approval entries count as written, and every report says approvals are declared, not verified.",
          type: "string",
          enum: [
            "signed-commits",
            "pull-request-reviews",
            "merge-request-approvals",
            "declared"
          ]
        },
        allowedSigners: {
          description: "signed-commits: the allowed-signers file (ssh-keygen ALLOWED SIGNERS format, principal = the approver's id), relative to the policy file's folder and inside it. Default: allowed_signers.",
          type: "string",
          pattern: "^[A-Za-z0-9._-][A-Za-z0-9._/-]{0,199}$"
        },
        teams: {
          description: 'pull-request-reviews: roles held through GitHub team membership, as role -> "org/team-slug". An approver counts in such a role only while their login is an active member of the team. With merge-request-approvals, GitHub teams cannot be checked, so a role tied to a team is never held.',
          type: "object",
          propertyNames: {
            description: "A role.",
            pattern: "^[a-z][a-z0-9-]{0,63}$"
          },
          additionalProperties: {
            description: "org/team-slug",
            type: "string",
            pattern: "^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$"
          }
        }
      },
      additionalProperties: false
    },
    waiverApproval: {
      description: "A requirement on the approvals of a waiver. With severity, it applies to waivers of findings of that severity; with minRisk, to waivers on change requests of that risk or higher; with both, when both match.",
      type: "object",
      required: [
        "approvers",
        "role"
      ],
      properties: {
        severity: {
          description: "Severity of the waived finding this requirement applies to.",
          type: "string",
          enum: [
            "error",
            "warning",
            "notice"
          ]
        },
        minRisk: {
          description: "Lowest risk class of the change request (higher of declared and derived) this requirement applies to.",
          type: "string",
          enum: [
            "low",
            "medium",
            "high",
            "critical"
          ]
        },
        approvers: {
          description: "Distinct approvers needed, none of them the change's owner or an author of the waiver.",
          type: "integer",
          minimum: 1,
          maximum: 20
        },
        role: {
          $ref: "#/$defs/role",
          description: "Role each of these approvers must hold in the policy (and, with teams, through the team)."
        }
      },
      additionalProperties: false
    }
  }
};

// schemas/software-catalog.schema.json
var software_catalog_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://changegate.dev/schemas/software-catalog.schema.json",
  title: "changegate SoftwareCatalog",
  description: "The software catalog: the qualification status of each platform version, and known-bad versions, artefacts or files that must never be deployed.",
  type: "object",
  required: [
    "kind",
    "versions"
  ],
  properties: {
    kind: {
      description: 'The document kind. Must be "SoftwareCatalog" for the software catalog.',
      type: "string",
      const: "SoftwareCatalog"
    },
    versions: {
      description: "Known versions of each platform and their qualification status.",
      type: "array",
      items: {
        $ref: "#/$defs/catalogVersion",
        description: "A platform version."
      }
    },
    knownBad: {
      description: "Versions, artefacts or files that must never be deployed.",
      type: "array",
      items: {
        $ref: "#/$defs/knownBad",
        description: "A known-bad entry."
      }
    },
    qualifications: {
      description: "Change signatures qualified for production on a platform and named redundancy groups without a canary in this repository's record (for example a procedure proven on an identical platform elsewhere). An entry proves nothing unless it carries approvals of the qualifying role from distinct policy approvers, as many as canary-and-soak's options require.",
      type: "array",
      items: {
        $ref: "#/$defs/qualification",
        description: "A qualification entry."
      }
    }
  },
  additionalProperties: false,
  $defs: {
    id: {
      description: "An identifier: 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit. Identifiers are case-sensitive.",
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"
    },
    version: {
      description: 'A software version string as the vendor writes it, for example "7.4.2".',
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._+~-]{0,63}$"
    },
    sha256: {
      description: "A SHA-256 digest: 64 lowercase hexadecimal characters.",
      type: "string",
      pattern: "^[0-9a-f]{64}$"
    },
    date: {
      description: "A calendar date, YYYY-MM-DD.",
      type: "string",
      format: "date"
    },
    text: {
      description: "Free text, at least one character.",
      type: "string",
      minLength: 1
    },
    catalogVersion: {
      description: "One version of one platform and its qualification status.",
      type: "object",
      required: [
        "platform",
        "version",
        "status"
      ],
      properties: {
        platform: {
          $ref: "#/$defs/id",
          description: `Platform identifier, as in the call servers' platform field, for example "vx-mgcf".`
        },
        version: {
          $ref: "#/$defs/version",
          description: 'The version string, for example "7.5.0".'
        },
        status: {
          description: 'Qualification status: "qualified" may be deployed; "in-lab" is still under test; "withdrawn" must not be deployed any more.',
          type: "string",
          enum: [
            "qualified",
            "in-lab",
            "withdrawn"
          ]
        },
        qualifiedOn: {
          $ref: "#/$defs/date",
          description: "Date the version was qualified (informative)."
        },
        notes: {
          $ref: "#/$defs/text",
          description: "Free-text notes."
        }
      },
      additionalProperties: false
    },
    knownBad: {
      description: "A known-bad version, artefact or file. At least one of version, artefact or sha256 is required; every field given must match for the entry to apply. Without platform, the entry applies to every platform.",
      type: "object",
      required: [
        "reason"
      ],
      properties: {
        platform: {
          $ref: "#/$defs/id",
          description: "Platform the entry applies to; when absent, it applies to every platform."
        },
        version: {
          $ref: "#/$defs/version",
          description: "A version that must not be deployed."
        },
        artefact: {
          $ref: "#/$defs/text",
          description: "An artefact (package file name) that must not be deployed."
        },
        sha256: {
          $ref: "#/$defs/sha256",
          description: "SHA-256 of a file that must not be deployed (64 lowercase hex characters)."
        },
        reason: {
          $ref: "#/$defs/text",
          description: "Why the entry is bad; shown in findings."
        },
        reference: {
          $ref: "#/$defs/text",
          description: "Reference to a vendor advisory, incident report or ticket."
        }
      },
      additionalProperties: false,
      anyOf: [
        {
          description: "Identified by version.",
          required: [
            "version"
          ],
          properties: {
            version: {
              description: "The known-bad version."
            }
          }
        },
        {
          description: "Identified by artefact name.",
          required: [
            "artefact"
          ],
          properties: {
            artefact: {
              description: "The known-bad artefact name."
            }
          }
        },
        {
          description: "Identified by file digest.",
          required: [
            "sha256"
          ],
          properties: {
            sha256: {
              description: "The known-bad file digest."
            }
          }
        }
      ]
    },
    qualification: {
      description: "A change signature qualified on one platform for named redundancy groups, with the approvals that make it count.",
      type: "object",
      required: [
        "signature",
        "platform",
        "groups",
        "evidence",
        "approvals"
      ],
      properties: {
        signature: {
          description: 'The change signature qualified, as canary-and-soak names it: "software-upgrade:<version>", "config-push:<procedure>" or "reconnection:<procedure>".',
          type: "string",
          pattern: "^(software-upgrade|config-push|reconnection):.+$"
        },
        platform: {
          $ref: "#/$defs/id",
          description: "The platform it is qualified on (a call server's `platform`); a proof never carries to another platform."
        },
        groups: {
          description: "Redundancy groups it is qualified for; a proof never carries to another group.",
          type: "array",
          items: {
            $ref: "#/$defs/id",
            description: "A redundancy group identifier."
          },
          minItems: 1,
          uniqueItems: true
        },
        evidence: {
          $ref: "#/$defs/text",
          description: "What the qualification rests on: lab campaign, production run elsewhere, ticket."
        },
        approvals: {
          description: "Approvals of the qualification, by policy approvers in the qualifying role (canary-and-soak's qualifyingRole).",
          type: "array",
          items: {
            description: "One approval.",
            type: "object",
            required: [
              "by",
              "role"
            ],
            properties: {
              by: {
                $ref: "#/$defs/id",
                description: "The approver (a policy approver)."
              },
              role: {
                description: "Role in which the approval is given.",
                type: "string",
                pattern: "^[a-z][a-z0-9-]{0,63}$"
              },
              at: {
                description: "When it was given (informative).",
                type: "string",
                minLength: 1
              }
            },
            additionalProperties: false
          }
        }
      },
      additionalProperties: false
    }
  }
};

// schemas/traffic-forecast.schema.json
var traffic_forecast_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://changegate.dev/schemas/traffic-forecast.schema.json",
  title: "changegate TrafficForecast",
  description: "Forecast traffic of the voice core by local hour of day and day type (weekday, weekend, holiday), for all calls and for emergency calls.",
  type: "object",
  required: [
    "kind",
    "timeZone",
    "profiles"
  ],
  properties: {
    kind: {
      description: 'The document kind. Must be "TrafficForecast" for the traffic forecast.',
      type: "string",
      const: "TrafficForecast"
    },
    timeZone: {
      $ref: "#/$defs/timeZone",
      description: 'IANA time zone in which the hours of the profiles and the holiday dates are read, for example "Europe/Paris".'
    },
    holidays: {
      description: "Local dates that use the holiday profile (or the weekend profile when no holiday profile is given).",
      type: "array",
      items: {
        $ref: "#/$defs/date",
        description: "A holiday date, YYYY-MM-DD."
      },
      uniqueItems: true
    },
    profiles: {
      description: "Hourly profiles by day type. Saturday and Sunday use the weekend profile, listed holidays the holiday profile, other days the weekday profile.",
      type: "object",
      required: [
        "weekday",
        "weekend"
      ],
      properties: {
        weekday: {
          $ref: "#/$defs/profile",
          description: "Profile of Monday to Friday (non-holiday)."
        },
        weekend: {
          $ref: "#/$defs/profile",
          description: "Profile of Saturday and Sunday (non-holiday)."
        },
        holiday: {
          $ref: "#/$defs/profile",
          description: "Profile of the listed holidays. When absent, holidays use the weekend profile."
        }
      },
      additionalProperties: false
    }
  },
  additionalProperties: false,
  $defs: {
    timeZone: {
      description: 'An IANA time zone name, for example "Europe/Paris". Abbreviations such as "CET" and fixed offsets are not accepted.',
      type: "string",
      format: "iana-time-zone"
    },
    date: {
      description: "A calendar date, YYYY-MM-DD.",
      type: "string",
      format: "date"
    },
    profile: {
      description: "Forecast for one day type: 24 hourly values for each measure.",
      type: "object",
      required: [
        "totalSessions",
        "totalCps",
        "emergencySessions",
        "emergencyCps"
      ],
      properties: {
        totalSessions: {
          description: "Simultaneous sessions, all calls: exactly 24 non-negative numbers; index = local hour 0..23 in the forecast time zone, value = the forecast busy value of that hour.",
          type: "array",
          items: {
            description: "Forecast busy value of one local hour.",
            type: "number",
            minimum: 0,
            maximum: 1e8
          },
          minItems: 24,
          maxItems: 24
        },
        totalCps: {
          description: "Call attempts per second, all calls: exactly 24 non-negative numbers; index = local hour 0..23 in the forecast time zone, value = the forecast busy value of that hour.",
          type: "array",
          items: {
            description: "Forecast busy value of one local hour.",
            type: "number",
            minimum: 0,
            maximum: 1e8
          },
          minItems: 24,
          maxItems: 24
        },
        emergencySessions: {
          description: "Simultaneous sessions, emergency calls only: exactly 24 non-negative numbers; index = local hour 0..23 in the forecast time zone, value = the forecast busy value of that hour.",
          type: "array",
          items: {
            description: "Forecast busy value of one local hour.",
            type: "number",
            minimum: 0,
            maximum: 1e8
          },
          minItems: 24,
          maxItems: 24
        },
        emergencyCps: {
          description: "Call attempts per second, emergency calls only: exactly 24 non-negative numbers; index = local hour 0..23 in the forecast time zone, value = the forecast busy value of that hour.",
          type: "array",
          items: {
            description: "Forecast busy value of one local hour.",
            type: "number",
            minimum: 0,
            maximum: 1e8
          },
          minItems: 24,
          maxItems: 24
        }
      },
      additionalProperties: false
    }
  }
};

// schemas/waiver.schema.json
var waiver_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://changegate.dev/schemas/waiver.schema.json",
  title: "changegate Waiver",
  description: "A waiver: a documented, approved, expiring exception to one rule for one change request (optionally one step). One waiver per file.",
  type: "object",
  required: [
    "kind",
    "id",
    "rule",
    "change",
    "justification",
    "approvedBy",
    "ticket",
    "expires"
  ],
  properties: {
    kind: {
      description: 'The document kind. Must be "Waiver" for waivers.',
      type: "string",
      const: "Waiver"
    },
    id: {
      $ref: "#/$defs/id",
      description: "Unique waiver identifier."
    },
    rule: {
      $ref: "#/$defs/ruleId",
      description: 'Identifier of the rule waived, for example "maintenance-window".',
      markdownDescription: "The id of the rule waived, as `changegate rules` lists it (input rules cannot be waived).",
      examples: [
        "maintenance-window"
      ]
    },
    change: {
      $ref: "#/$defs/changeId",
      description: "Identifier of the change request the waiver applies to."
    },
    step: {
      $ref: "#/$defs/id",
      description: "Identifier of the step the waiver applies to; when absent, every step of the change request."
    },
    element: {
      description: 'For rules whose findings each name an element or window (their page gives a "Waiver scope"): the one this waiver covers, e.g. the redundancy group "ECI" or the emergency number "112". Required for those rules: a waiver never covers every element at once.',
      type: "string",
      minLength: 1,
      maxLength: 64
    },
    justification: {
      description: "Why the exception is acceptable (at least 20 characters).",
      type: "string",
      minLength: 20
    },
    requestedBy: {
      $ref: "#/$defs/personId",
      description: "Who wrote the waiver and asks for it; they cannot approve it. With a verified approval source the authors proven by the source (pull-request author, signers of the waiver's other lines) cannot approve it either."
    },
    approvedBy: {
      description: "Who approved the waiver: one person id, or a list of distinct person ids, one per line in block style (with signed-commits each line must come from a commit signed by that approver). How many and in which role is set by the policy's waiverApprovals; the change's owner and the waiver's author never count.",
      oneOf: [
        {
          $ref: "#/$defs/personId",
          description: "One approver."
        },
        {
          type: "array",
          items: {
            $ref: "#/$defs/personId",
            description: "An approver's id."
          },
          minItems: 1,
          uniqueItems: true,
          description: "Several approvers, distinct."
        }
      ]
    },
    ticket: {
      $ref: "#/$defs/text",
      description: "Ticket or record of the waiver decision."
    },
    expires: {
      $ref: "#/$defs/instant",
      description: "When the waiver stops applying. Local date-times are read in the policy time zone.",
      markdownDescription: "When the waiver stops covering findings: an instant with an offset. An expired waiver covers nothing, and the finding blocks again.",
      examples: [
        "2026-12-31T23:59:00+01:00"
      ]
    }
  },
  additionalProperties: false,
  $defs: {
    id: {
      description: "An identifier: 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit. Identifiers are case-sensitive.",
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"
    },
    changeId: {
      description: `A change request identifier such as "CR-2026-0412": 1 to 64 characters, letters, digits, '.', '_' and '-', starting with a letter.`,
      type: "string",
      pattern: "^[A-Za-z][A-Za-z0-9._-]{0,63}$"
    },
    personId: {
      description: `A person's identifier (for example a directory login such as "a.martin"): 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit.`,
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"
    },
    ruleId: {
      description: 'A changegate rule identifier in kebab case, for example "surviving-capacity".',
      type: "string",
      pattern: "^[a-z][a-z0-9-]*$"
    },
    instant: {
      description: 'A point in time in ISO 8601: with an offset ("2026-12-08T00:30:00+01:00", "2026-12-07T23:30:00Z") or as a local date-time without offset ("2026-12-08T00:30" or "2026-12-08T00:30:00"), which is read in the applicable time zone. A local time that does not exist or is ambiguous at a daylight-saving change is refused: write an offset. An offset has at most 23 hours and minutes below 60 (+01:99 is refused, not read as +02:39).',
      type: "string",
      format: "instant"
    },
    text: {
      description: "Free text, at least one character.",
      type: "string",
      minLength: 1
    }
  }
};

// schemas/execution-record.schema.json
var execution_record_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://changegate.dev/schemas/execution-record.schema.json",
  title: "changegate ExecutionRecord",
  description: "The execution record of one change request: what actually happened, step by step (actual start and end, result, test calls placed and answered, operator) and which notices were sent. One file per change request, beside the change requests (records/<change id>.yaml), written by automation (`changegate record`) or by hand; it is not part of the approved content, so writing it never stales an approval.",
  type: "object",
  required: [
    "kind",
    "change"
  ],
  properties: {
    kind: {
      description: 'The document kind. Must be "ExecutionRecord" for execution records.',
      type: "string",
      const: "ExecutionRecord"
    },
    change: {
      $ref: "#/$defs/changeId",
      description: 'Identifier of the change request this record belongs to, for example "CR-2026-0412".'
    },
    steps: {
      description: "What happened to each step that was started, one entry per step, in the order they were started.",
      type: "array",
      items: {
        $ref: "#/$defs/stepRecord",
        description: "The record of one step."
      }
    },
    notifications: {
      description: "Notices actually sent to the parties the change request's notify list names.",
      type: "array",
      items: {
        $ref: "#/$defs/notification",
        description: "One notice sent."
      }
    }
  },
  additionalProperties: false,
  $defs: {
    id: {
      description: "An identifier: 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit. Identifiers are case-sensitive.",
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"
    },
    changeId: {
      description: `A change request identifier such as "CR-2026-0412": 1 to 64 characters, letters, digits, '.', '_' and '-', starting with a letter.`,
      type: "string",
      pattern: "^[A-Za-z][A-Za-z0-9._-]{0,63}$"
    },
    personId: {
      description: `A person's identifier (for example a directory login such as "a.martin"): 1 to 64 characters, letters, digits, '.', '_', ':' and '-', starting with a letter or digit.`,
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"
    },
    instant: {
      description: 'A point in time in ISO 8601: with an offset ("2026-12-08T00:30:00+01:00", "2026-12-07T23:30:00Z") or as a local date-time without offset ("2026-12-08T00:30" or "2026-12-08T00:30:00"), which is read in the applicable time zone. A local time that does not exist or is ambiguous at a daylight-saving change is refused: write an offset.',
      type: "string",
      format: "instant"
    },
    text: {
      description: "Free text, at least one character.",
      type: "string",
      minLength: 1
    },
    emergencyNumber: {
      description: 'An emergency short number, 2 to 6 digits, written as a quoted string (for example "112").',
      type: "string",
      pattern: "^[0-9]{2,6}$"
    },
    stepRecord: {
      description: "What happened to one step. A step with `start` and no `end` is running; `end` and `result` are written together when it finishes.",
      type: "object",
      required: [
        "step",
        "start",
        "operator"
      ],
      properties: {
        step: {
          $ref: "#/$defs/id",
          description: 'Identifier of the step in the change request, for example "s1".'
        },
        start: {
          $ref: "#/$defs/instant",
          description: "When the step actually started. Local date-times are read in the policy's time zone."
        },
        end: {
          $ref: "#/$defs/instant",
          description: "When the step actually ended (after `start`). Required with `result`."
        },
        result: {
          description: "How the step ended: ok (done as planned), failed (did not achieve its purpose; the targets may be in an unknown state), rolled-back (undone by its rollback), aborted (stopped before completion). Required with `end`.",
          type: "string",
          enum: [
            "ok",
            "failed",
            "rolled-back",
            "aborted"
          ]
        },
        operator: {
          $ref: "#/$defs/personId",
          description: "Who ran the step (person or automation account)."
        },
        targets: {
          description: "What the step actually acted on, when it differs from the plan or to confirm it. A target outside the plan's is a contradiction that blocks.",
          type: "object",
          properties: {
            sites: {
              description: "Sites acted on.",
              type: "array",
              items: {
                $ref: "#/$defs/id",
                description: "A site identifier."
              },
              uniqueItems: true
            },
            callServers: {
              description: "Call servers acted on.",
              type: "array",
              items: {
                $ref: "#/$defs/id",
                description: "A call server identifier."
              },
              uniqueItems: true
            },
            trunks: {
              description: "Trunks acted on.",
              type: "array",
              items: {
                $ref: "#/$defs/id",
                description: "A trunk identifier."
              },
              uniqueItems: true
            }
          },
          additionalProperties: false
        },
        testCalls: {
          description: "Test calls placed after the step (its verification): the step's verification passed when every number its plan lists was called and answered.",
          type: "array",
          items: {
            $ref: "#/$defs/testCallResult",
            description: "One test call placed."
          }
        },
        note: {
          $ref: "#/$defs/text",
          description: "Free text: what the operator saw, a ticket, why a step failed."
        }
      },
      additionalProperties: false,
      dependentRequired: {
        end: [
          "result"
        ],
        result: [
          "end"
        ]
      }
    },
    testCallResult: {
      description: "One test call placed after a step.",
      type: "object",
      required: [
        "number",
        "at",
        "answered"
      ],
      properties: {
        number: {
          $ref: "#/$defs/emergencyNumber",
          description: 'Number called, as a quoted string, for example "112".'
        },
        at: {
          $ref: "#/$defs/instant",
          description: "When the call was placed."
        },
        answered: {
          description: "True when the call reached the emergency service and was answered.",
          type: "boolean"
        },
        from: {
          $ref: "#/$defs/text",
          description: "Calling line or test probe used (informative)."
        }
      },
      additionalProperties: false
    },
    notification: {
      description: "A notice sent to one party of the change request's notify list.",
      type: "object",
      required: [
        "party",
        "sentAt",
        "to"
      ],
      properties: {
        party: {
          $ref: "#/$defs/text",
          description: 'The `name` of the notify entry of the change request this notice fulfils, for example "ARCEP duty desk".'
        },
        sentAt: {
          $ref: "#/$defs/instant",
          description: "When the notice was sent."
        },
        to: {
          $ref: "#/$defs/text",
          description: "Address, desk or person the notice was sent to."
        },
        by: {
          $ref: "#/$defs/personId",
          description: "Who sent it."
        }
      },
      additionalProperties: false
    }
  }
};

// schemas/rule.schema.json
var rule_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://changegate.dev/schemas/rule.schema.json",
  title: "changegate Rule",
  description: "A custom rule written by the operator: a CEL condition evaluated for each change request, each step or each interval of the timeline; every match is a finding, located on a field of the matched object. One rule per file, in the folder rules/. See docs/rules/custom-rules.md.",
  type: "object",
  required: ["kind", "id", "title", "severity", "category", "scope", "when", "message"],
  additionalProperties: false,
  properties: {
    kind: {
      description: 'The document kind. Must be "Rule" for custom rules.',
      type: "string",
      const: "Rule"
    },
    id: {
      description: "The rule's id, kebab-case, unique, and different from every built-in rule (`changegate rules` lists them). Waivers and the policy's `rules:` overrides name the rule by this id.",
      type: "string",
      pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$",
      maxLength: 64
    },
    title: {
      description: "What the rule requires, as a short sentence (shown in reports and the CAB page).",
      type: "string",
      minLength: 3,
      maxLength: 120
    },
    summary: {
      description: "One line on what the rule checks, shown by `changegate rules`; the title when absent.",
      type: "string",
      maxLength: 300
    },
    rationale: {
      description: "Why the rule exists (Markdown): the incident, regulation or practice behind it.",
      type: "string"
    },
    severity: {
      description: "Default severity of the rule's findings: error blocks (exit 1), warning and notice do not. The policy may override it like a built-in rule's (`rules: { <id>: { severity: ... } }`).",
      type: "string",
      enum: ["error", "warning", "notice"]
    },
    category: {
      description: "invariant: the rule judges the plan over time (redundancy, capacity, routes); process: it judges how the change is run (who, when, paperwork).",
      type: "string",
      enum: ["invariant", "process"]
    },
    scope: {
      description: "What the condition is evaluated on: each considered change request (`change`), each of their steps (`step`), or each interval of the timeline (`interval`). Each scope has its own typed variables (docs/rules/custom-rules.md).",
      type: "string",
      enum: ["change", "step", "interval"]
    },
    when: {
      description: "A CEL expression of type bool over the scope's variables: true means a finding. Type-checked when the repository is loaded; an error in it stops the run with exit 2.",
      type: "string",
      minLength: 1,
      maxLength: 4e3
    },
    message: {
      description: 'The finding\'s message. Parts written `{{ expression }}` are CEL expressions over the same variables, evaluated for each finding (lists are joined with ", ").',
      type: "string",
      minLength: 1,
      maxLength: 1e3
    },
    at: {
      description: "Where the finding points: a JSON Pointer relative to the matched object in its file, e.g. `/window/start` or `/targets` for a step, `/owner` for a change request. An interval's findings point at the active step of each change request involved. When absent, the object itself.",
      type: "string",
      pattern: "^(/[A-Za-z0-9_-]+)*$",
      maxLength: 200
    },
    waivable: {
      description: "Whether a waiver (with the approvals the policy requires) may cover this rule's findings. Default true.",
      type: "boolean"
    },
    unwaivableWhen: {
      description: "A CEL expression of type bool over the same variables: findings for which it is true are never covered by a waiver, whoever approves it (message id `unwaivable` instead of `violation`). Ignored when `waivable` is false, where no finding is waivable.",
      type: "string",
      minLength: 1,
      maxLength: 4e3
    },
    costLimit: {
      description: "The most work one evaluation of this rule may do, counted in list elements visited and objects judged (default 1000000). Exceeding it is an error finding on the rule file: the run fails closed rather than passing what it could not judge.",
      type: "integer",
      minimum: 1,
      maximum: 1e8
    }
  }
};

// src/validate/formats.ts
var import_formats = __toESM(require_formats(), 1);
var INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))?$/;
var zoneValidity = /* @__PURE__ */ new Map();
function isRegionZoneName(name) {
  if (name === "UTC" || name === "Etc/UTC") return true;
  return name.includes("/") && !name.startsWith("Etc/") && /^[A-Z]/.test(name);
}
function isValidTimeZone(name) {
  if (typeof name !== "string" || name.length === 0) return false;
  if (!isRegionZoneName(name)) return false;
  let valid = zoneValidity.get(name);
  if (valid === void 0) {
    valid = IANAZone.isValidZone(name);
    if (zoneValidity.size < 1e3) zoneValidity.set(name, valid);
  }
  return valid;
}
var instantTexts = /* @__PURE__ */ new Map();
function isInstantText(text) {
  let valid = instantTexts.get(text);
  if (valid === void 0) {
    valid = checkInstantText(text);
    if (instantTexts.size < 1e4) instantTexts.set(text, valid);
  }
  return valid;
}
function checkInstantText(text) {
  const m = INSTANT.exec(text);
  if (!m) return false;
  const [, y, mo, d, h, mi, s, offsetHours, offsetMinutes] = m;
  const month = Number(mo);
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && Number(h) <= 23 && Number(mi) <= 59 && Number(s ?? 0) <= 59 && // +01:99 is no offset: refused rather than read as +02:39.
  Number(offsetHours ?? 0) <= 23 && Number(offsetMinutes ?? 0) <= 59;
}
var CUSTOM_FORMATS = {
  date: import_formats.fullFormats.date,
  "iana-time-zone": { type: "string", validate: isValidTimeZone },
  instant: { type: "string", validate: isInstantText }
};

// src/validate/schemas.ts
var DOCUMENT_KINDS = [
  "Inventory",
  "TrafficForecast",
  "SoftwareCatalog",
  "Policy",
  "ChangeRequest",
  "Waiver",
  "ExecutionRecord",
  "Rule",
  "ChangegateConfig"
];
var SCHEMAS = {
  Inventory: inventory_schema_default,
  TrafficForecast: traffic_forecast_schema_default,
  SoftwareCatalog: software_catalog_schema_default,
  Policy: policy_schema_default,
  ChangeRequest: change_request_schema_default,
  Waiver: waiver_schema_default,
  ExecutionRecord: execution_record_schema_default,
  Rule: rule_schema_default,
  ChangegateConfig: changegate_config_schema_default
};
var FOLDER_KINDS = {
  inventory: "Inventory",
  traffic: "TrafficForecast",
  software: "SoftwareCatalog",
  policy: "Policy",
  changes: "ChangeRequest",
  waivers: "Waiver",
  records: "ExecutionRecord",
  rules: "Rule"
};
function folderKindOf(file) {
  const folder = file.split("/").slice(-2, -1)[0] ?? "";
  return Object.hasOwn(FOLDER_KINDS, folder) ? FOLDER_KINDS[folder] : void 0;
}
var knownZones;
function timeZoneNames() {
  knownZones ??= Intl.supportedValuesOf("timeZone");
  return knownZones;
}
var validators = /* @__PURE__ */ new Map();
var schemaCompiler;
var precompiledBySchema = /* @__PURE__ */ new Map();
var compiledSchemas = /* @__PURE__ */ new WeakMap();
function usePrecompiledValidators(precompiled) {
  for (const kind of DOCUMENT_KINDS) {
    const validate = precompiled[kind];
    if (typeof validate === "function") validators.set(kind, validate);
  }
  for (const [text, validate] of Object.entries(precompiled.bySchemaText ?? {})) precompiledBySchema.set(text, validate);
}
function useSchemaCompiler(compiler) {
  schemaCompiler = compiler;
}
function validatorForSchema(schema) {
  let validate = compiledSchemas.get(schema);
  if (!validate) {
    validate = precompiledBySchema.get(JSON.stringify(schema));
    if (!validate) {
      if (!schemaCompiler) {
        throw new Error("no validator was generated at build time for this schema and no schema compiler is installed (useSchemaCompiler)");
      }
      validate = schemaCompiler(schema);
    }
    compiledSchemas.set(schema, validate);
  }
  return validate;
}
function validatorFor(kind) {
  return validators.get(kind) ?? validatorForSchema(SCHEMAS[kind]);
}
function describeType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the text "${value.length > 40 ? value.slice(0, 40) + "\u2026" : value}"`;
  return `${typeof value} ${String(value)}`;
}
function shown(value) {
  return value !== null && typeof value === "object" ? describeType(value) : String(value);
}
function valueAt(root, pointer) {
  if (pointer === "") return root;
  let current = root;
  for (const raw of pointer.slice(1).split("/")) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (current === null || typeof current !== "object") return void 0;
    if (!Object.prototype.hasOwnProperty.call(current, token)) return void 0;
    current = current[token];
  }
  return current;
}
function lastToken(pointer) {
  return pointer.slice(pointer.lastIndexOf("/") + 1).replace(/~1/g, "/").replace(/~0/g, "~");
}
function translate(errors, root) {
  const alternativePaths = new Set(errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf").map((e) => e.instancePath));
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of errors) {
    const inAlternative = [...alternativePaths].some(
      (p) => error.keyword !== "anyOf" && error.keyword !== "oneOf" && (error.instancePath === p || error.instancePath.startsWith(p + "/"))
    );
    if (inAlternative) continue;
    if (error.keyword === "not" && errors.some((e) => e !== error && e.keyword !== "not" && e.keyword !== "if" && (e.instancePath === error.instancePath || e.instancePath.startsWith(error.instancePath + "/")))) {
      continue;
    }
    const problem = translateOne(error, root);
    if (!problem) continue;
    const key = `${problem.pointer}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return mergeMisspeltRequired(problems);
}
function mergeMisspeltRequired(problems) {
  const dropped = /* @__PURE__ */ new Set();
  for (const unknown of problems) {
    if (unknown.messageId !== "unknownProperty" || typeof unknown.data.suggestion !== "string") continue;
    const parent = unknown.pointer.slice(0, unknown.pointer.lastIndexOf("/"));
    const missing = problems.find(
      (p) => p.messageId === "missingProperty" && p.pointer === parent && p.data.property === unknown.data.suggestion
    );
    if (!missing) continue;
    dropped.add(missing);
    unknown.message = `unknown property \`${unknown.data.property}\`; did you mean \`${unknown.data.suggestion}\`? (\`${unknown.data.suggestion}\` is required here)`;
  }
  return problems.filter((p) => !dropped.has(p));
}
function itemHome(key, parentSchema, value) {
  const schema = parentSchema;
  if (!schema?.properties || value === null || typeof value !== "object") return void 0;
  const resolve = (node) => {
    const ref = node?.$ref !== void 0 ? /^#\/\$defs\/(.+)$/.exec(node.$ref)?.[1] : void 0;
    return ref !== void 0 ? schema.$defs?.[ref] : node;
  };
  for (const [name, property] of Object.entries(schema.properties)) {
    const items = resolve(resolve(property)?.items);
    if (!items?.properties || !(key in items.properties)) continue;
    const list = value[name];
    const kind = name.replace(/s$/, "");
    const last = Array.isArray(list) ? list[list.length - 1] : void 0;
    return { kind: `a ${kind}`, item: typeof last?.id === "string" ? `${kind} ${last.id}` : `an item of \`${name}\`` };
  }
  return void 0;
}
function translateOne(error, root) {
  const value = valueAt(root, error.instancePath);
  const where = error.instancePath;
  const field = where === "" ? "the document" : `\`${lastToken(where)}\``;
  const description = error.parentSchema?.description;
  switch (error.keyword) {
    case "required": {
      const missing = error.params.missingProperty;
      const present = value !== null && typeof value === "object" ? Object.keys(value) : [];
      const typo = didYouMean(missing, present);
      const propertySchema = error.parentSchema?.properties?.[missing];
      return {
        pointer: where,
        atKey: true,
        messageId: "missingProperty",
        message: `missing required property \`${missing}\`` + (propertySchema?.description ? ` (${propertySchema.description.replace(/\.$/, "")})` : "") + (typo ? `; did you mean to write \`${missing}\` instead of \`${typo}\`?` : ""),
        data: { property: missing }
      };
    }
    case "additionalProperties": {
      const extra = error.params.additionalProperty;
      const allowed = Object.keys(error.parentSchema.properties ?? {});
      const suggestion = didYouMean(extra, allowed);
      const home = suggestion ? void 0 : itemHome(extra, error.parentSchema, value);
      return {
        pointer: `${where}/${extra.replace(/~/g, "~0").replace(/\//g, "~1")}`,
        atKey: true,
        messageId: "unknownProperty",
        message: `unknown property \`${extra}\`` + (suggestion ? `; did you mean \`${suggestion}\`?` : home ? `; it is a property of ${home.kind}: did you mean to indent it under ${home.item}?` : allowed.length ? `; allowed here: ${allowed.join(", ")}` : ""),
        data: { property: extra, ...suggestion ? { suggestion } : {} }
      };
    }
    case "type": {
      const expected = String(error.params.type).replace(",", " or ");
      return {
        pointer: where,
        atKey: false,
        messageId: "wrongType",
        message: `${field} must be ${/^[aeiou]/.test(expected) ? "an" : "a"} ${expected}, not ${describeType(value)}` + (expected === "string" && (typeof value === "number" || typeof value === "boolean") ? " (quote it to keep it as text)" : ""),
        data: { expected, actual: value === null ? "null" : Array.isArray(value) ? "array" : typeof value }
      };
    }
    case "enum":
    case "const": {
      const allowed = error.keyword === "enum" ? error.params.allowedValues.map(String) : [String(error.params.allowedValue)];
      const suggestion = typeof value === "string" ? didYouMean(value, allowed) : void 0;
      return {
        pointer: where,
        atKey: false,
        messageId: "notAllowed",
        message: `${field} is ${describeType(value)}, which is not allowed; expected ${allowed.length === 1 ? "" : "one of "}${allowed.join(", ")}` + (suggestion ? `. Did you mean \`${suggestion}\`?` : ""),
        data: { value: shown(value), allowed: allowed.join(", "), ...suggestion ? { suggestion } : {} }
      };
    }
    case "format": {
      const format = error.params.format;
      let message;
      let suggestion;
      if (format === "iana-time-zone") {
        suggestion = typeof value === "string" ? didYouMean(value, timeZoneNames()) : void 0;
        const abbreviation = typeof value === "string" && /^[A-Za-z]/.test(value) && !value.includes("/");
        const fixed = typeof value === "string" && /^(Etc\/)?(GMT|UTC)?[+-]\d/.test(value);
        message = `${field} is ${describeType(value)}, which is not an IANA time zone name (like Europe/Paris)` + (abbreviation || fixed ? `: abbreviations such as CET and fixed offsets are refused because they do not say which region's daylight-saving rules apply; write the Area/Location name of the region, e.g. Europe/Paris for CET, or UTC` : "") + (suggestion ? `. Did you mean \`${suggestion}\`?` : "");
      } else if (format === "instant") {
        message = `${field} is ${describeType(value)}, which is not a date-time; write it like 2026-12-08T00:30:00+01:00 (with an offset), or 2026-12-08T00:30 read in the window's timeZone`;
      } else if (format === "date") {
        message = `${field} is ${describeType(value)}, which is not a date; write it like 2026-12-25`;
      } else {
        message = `${field} is ${describeType(value)}, which is not a valid ${format}`;
      }
      return { pointer: where, atKey: false, messageId: "badFormat", message, data: { format, value: shown(value), ...suggestion ? { suggestion } : {} } };
    }
    case "pattern": {
      const key = error.propertyName;
      if (typeof key === "string") {
        return {
          pointer: `${where}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`,
          atKey: true,
          messageId: "badFormat",
          message: `the key \`${key}\` of ${field} does not have the expected form` + (description ? ` (${description.replace(/\.$/, "")})` : "") + ` [pattern ${error.params.pattern}]`,
          data: { value: key, pattern: error.params.pattern }
        };
      }
      return {
        pointer: where,
        atKey: false,
        messageId: "badFormat",
        message: `${field} is ${describeType(value)}, which does not have the expected form` + (description ? ` (${description.replace(/\.$/, "")})` : "") + ` [pattern ${error.params.pattern}]`,
        data: { value: shown(value), pattern: error.params.pattern }
      };
    }
    case "propertyNames":
      return void 0;
    // the accompanying pattern error carries the message
    case "if":
      return void 0;
    // the failed then/else branch carries the message
    case "not": {
      const forbidden = error.schema ?? {};
      const property = forbidden.required?.find((k) => value !== null && typeof value === "object" && Object.prototype.hasOwnProperty.call(value, k));
      if (property === void 0) {
        return { pointer: where, atKey: false, messageId: "badValue", message: `${field} ${error.message ?? "is invalid"}`, data: { keyword: error.keyword } };
      }
      const why = forbidden.properties?.[property]?.description;
      return {
        pointer: `${where}/${property.replace(/~/g, "~0").replace(/\//g, "~1")}`,
        atKey: true,
        messageId: "notAllowed",
        message: `\`${property}\` is not allowed here` + (why ? `: ${why.replace(/\.$/, "")}` : "") + "; remove it",
        data: { property }
      };
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const params = error.params;
      return {
        pointer: where,
        atKey: false,
        messageId: "outOfRange",
        message: `${field} is ${String(value)}, but must be ${params.comparison} ${params.limit}`,
        data: { value: Number(value), limit: params.limit, comparison: params.comparison }
      };
    }
    case "minItems":
    case "maxItems":
    case "minLength":
    case "maxLength": {
      const limit = error.params.limit;
      const what = error.keyword.endsWith("Items") ? "item" : "character";
      const bound = error.keyword.startsWith("min") ? "at least" : "at most";
      return {
        pointer: where,
        atKey: false,
        messageId: "outOfRange",
        message: `${field} must have ${bound} ${limit} ${what}${limit === 1 ? "" : "s"}` + (description ? ` (${description.replace(/\.$/, "")})` : ""),
        data: { limit }
      };
    }
    case "dependentRequired": {
      const { property, missingProperty } = error.params;
      return {
        pointer: where,
        atKey: true,
        messageId: "missingProperty",
        message: `\`${property}\` is given without \`${missingProperty}\`; write both together`,
        data: { property: missingProperty, with: property }
      };
    }
    case "uniqueItems":
      return {
        pointer: where,
        atKey: false,
        messageId: "badValue",
        message: `${field} lists the same item twice (items ${error.params.j} and ${error.params.i}); remove the duplicate`,
        data: {}
      };
    case "anyOf":
    case "oneOf":
      return {
        pointer: where,
        atKey: false,
        messageId: "badValue",
        message: `${field} does not match any accepted form` + (description ? `: ${description.replace(/\.$/, "")}` : ""),
        data: {}
      };
    default:
      return {
        pointer: where,
        atKey: false,
        messageId: "badValue",
        message: `${field} ${error.message ?? "is invalid"}`,
        data: { keyword: error.keyword }
      };
  }
}
function validateDocument(value, file) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return {
      problems: [
        {
          pointer: "",
          atKey: false,
          messageId: "wrongType",
          message: `the document must be a mapping with a \`kind\` (one of ${DOCUMENT_KINDS.join(", ")}), not ${describeType(value)}`,
          data: { expected: "object" }
        }
      ]
    };
  }
  const declared = value.kind;
  if (typeof declared !== "string" || !DOCUMENT_KINDS.includes(declared)) {
    const folderKind = folderKindOf(file);
    const suggestion = typeof declared === "string" ? didYouMean(declared, DOCUMENT_KINDS) : folderKind;
    return {
      problems: [
        {
          pointer: declared === void 0 ? "" : "/kind",
          atKey: declared === void 0,
          messageId: declared === void 0 ? "missingProperty" : "notAllowed",
          message: (declared === void 0 ? "missing `kind`" : `unknown kind ${describeType(declared)}`) + `; expected one of ${DOCUMENT_KINDS.join(", ")}` + (suggestion ? `. Did you mean \`kind: ${suggestion}\`?` : ""),
          data: { value: String(declared), ...suggestion ? { suggestion } : {} }
        }
      ]
    };
  }
  const kind = declared;
  const validate = validatorFor(kind);
  if (validate(value)) return { kind, problems: [] };
  return { kind, problems: translate(validate.errors ?? [], value) };
}
function validateAgainstSchema(schema, value) {
  const validate = validatorForSchema(schema);
  return validate(value) ? [] : translate(validate.errors ?? [], value);
}

export {
  didYouMean,
  CUSTOM_FORMATS,
  DOCUMENT_KINDS,
  FOLDER_KINDS,
  folderKindOf,
  usePrecompiledValidators,
  useSchemaCompiler,
  validatorForSchema,
  validateDocument,
  validateAgainstSchema
};
