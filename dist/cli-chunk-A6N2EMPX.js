import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  DEFAULT_SCHEMA_DIR,
  modeline,
  writeEditorSetup
} from "./cli-chunk-UWNPLO7W.js";
import {
  UsageError
} from "./cli-chunk-X3GKK33H.js";
import "./cli-chunk-2Z5H7SNB.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/cli/commands/init.ts
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

// src/cli/starter.ts
var header = (schema) => `@@schema:${schema}@@
`;
var hours = (values) => `[${values.join(", ")}]`;
var weekdayTotal = [900, 600, 450, 400, 420, 600, 1500, 3200, 4800, 5200, 5400, 5600, 5500, 5300, 5200, 5400, 5900, 6400, 7e3, 6800, 5600, 4200, 2800, 1600];
var scale = (values, factor) => values.map((v) => Math.round(v * factor));
var TEMPLATES = {
  "changegate.yaml": `${header("changegate-config")}# Where changegate finds the network files (see docs/formats.md). Every folder listed must exist:
# add \`waivers\` here when you write your first waiver, and \`records\` before the first
# \`changegate record\` (execution records, see docs/lifecycle.md).
kind: ChangegateConfig
include: [inventory, traffic, software, policy, changes]
includeDrafts: false
`,
  "inventory/network.yaml": `${header("inventory")}kind: Inventory
sites:
  - { id: SITE-A, name: Site A, region: North, failureDomain: north, timeZone: Europe/Paris }
  - { id: SITE-B, name: Site B, region: Centre, failureDomain: centre, timeZone: Europe/Paris }
  - { id: SITE-C, name: Site C, region: South, failureDomain: south, timeZone: Europe/Paris }
redundancyGroups:
  - { id: ECI, name: Emergency-call interconnect, emergency: true }
callServers:
  - { id: a-cs1, site: SITE-A, role: mgcf, platform: vx-mgcf, vendor: VendorX, softwareVersion: 7.4.2, capacity: { sessions: 6000, cps: 90 }, redundancyGroup: ECI, emergency: true }
  - { id: b-cs1, site: SITE-B, role: mgcf, platform: vx-mgcf, vendor: VendorX, softwareVersion: 7.4.2, capacity: { sessions: 6000, cps: 90 }, redundancyGroup: ECI, emergency: true }
  - { id: c-cs1, site: SITE-C, role: mgcf, platform: vx-mgcf, vendor: VendorX, softwareVersion: 7.4.2, capacity: { sessions: 6000, cps: 90 }, redundancyGroup: ECI, emergency: true }
switches:
  - { id: TR-1, name: Transit switch 1 }
  - { id: TR-2, name: Transit switch 2 }
trunks:
  - { id: a-cs1-tr1, callServer: a-cs1, switch: TR-1, capacity: { sessions: 6000 }, emergency: true }
  - { id: b-cs1-tr2, callServer: b-cs1, switch: TR-2, capacity: { sessions: 6000 }, emergency: true }
  - { id: c-cs1-tr1, callServer: c-cs1, switch: TR-1, capacity: { sessions: 6000 }, emergency: true }
psaps:
  - { id: PSAP-112, name: Regional 112 centre }
  - { id: PSAP-15, name: Regional medical emergency centre }
emergencyNumbers:
  - number: "112"
    name: European emergency number
    psaps: [PSAP-112]
    routes:
      - { callServer: a-cs1, trunk: a-cs1-tr1, switch: TR-1, psap: PSAP-112 }
      - { callServer: b-cs1, trunk: b-cs1-tr2, switch: TR-2, psap: PSAP-112 }
      - { callServer: c-cs1, trunk: c-cs1-tr1, switch: TR-1, psap: PSAP-112 }
  - number: "15"
    name: Medical emergencies
    psaps: [PSAP-15]
    routes:
      - { callServer: a-cs1, trunk: a-cs1-tr1, switch: TR-1, psap: PSAP-15 }
      - { callServer: b-cs1, trunk: b-cs1-tr2, switch: TR-2, psap: PSAP-15 }
      - { callServer: c-cs1, trunk: c-cs1-tr1, switch: TR-1, psap: PSAP-15 }
`,
  "traffic/forecast.yaml": `${header("traffic-forecast")}# Busy-hour forecast per local hour (index 0 = 00:00-01:00).
kind: TrafficForecast
timeZone: Europe/Paris
holidays: [2026-12-25, 2027-01-01]
profiles:
  weekday:
    totalSessions: ${hours(weekdayTotal)}
    totalCps: ${hours(scale(weekdayTotal, 0.015))}
    emergencySessions: ${hours(scale(weekdayTotal, 0.012))}
    emergencyCps: ${hours(scale(weekdayTotal, 4e-4))}
  weekend:
    totalSessions: ${hours(scale(weekdayTotal, 0.8))}
    totalCps: ${hours(scale(weekdayTotal, 0.012))}
    emergencySessions: ${hours(scale(weekdayTotal, 0.012))}
    emergencyCps: ${hours(scale(weekdayTotal, 4e-4))}
`,
  "software/catalog.yaml": `${header("software-catalog")}kind: SoftwareCatalog
versions:
  - { platform: vx-mgcf, version: 7.4.2, status: qualified }
  - { platform: vx-mgcf, version: 7.5.0, status: in-lab }
knownBad: []
`,
  "policy/policy.yaml": `${header("policy")}kind: Policy
timeZone: Europe/Paris
maintenanceWindows:
  - { days: [weekday, weekend], start: "00:00", end: "05:00" }
freezePeriods: []
# An approval counts only when its line was added in a commit signed with the approver's own SSH key,
# listed in policy/allowed_signers (see docs/formats.md, approval sources). The other verified choices:
# pull-request-reviews in the GitHub Action (each approver's github login), merge-request-approvals in
# GitLab CI (each approver's gitlab username).
approvalSource: { kind: signed-commits, allowedSigners: allowed_signers }
approvers:
  - { id: cab.chair, name: CAB chair, roles: [cab] }
  - { id: cab.member, name: CAB member, roles: [cab, network-lead] }
`,
  "policy/allowed_signers": `# SSH keys of the approvers, one line each: <approver id> <key type> <public key>, for example
#   cab.chair ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA...
# Approvers sign their approval commits with that key (git config gpg.format ssh, user.signingkey,
# git commit -S). A change to this file changes who can approve: review it as a change to the gate.
`,
  "changes/CR-0001-example.yaml": `${header("change-request")}# A draft to copy from: drafts are validated but stay off the timeline
# (run \`changegate check --include-drafts\` to judge it as if it were proposed).
kind: ChangeRequest
id: CR-0001
title: Example - restart of one call server at night
owner: j.doe
purpose: Show the format of a change request.
declaredRisk: medium
state: draft
# a-cs1 carries emergency routes, so the change says who is told and who is called if it goes wrong.
notify:
  - { party: regulator, name: Regulator duty desk, leadTimeHours: 72 }
  - { party: psap, name: PSAP liaison, psaps: [PSAP-112, PSAP-15], leadTimeHours: 48 }
  - { party: noc, name: Voice core NOC, leadTimeHours: 24 }
escalation: { contact: NOC duty manager, phone: "+33 1 00 00 00 00", targetMinutes: 30 }
steps:
  - id: s1
    action: drain
    targets: { callServers: [a-cs1] }
    window: { start: 2030-01-08T01:00:00+01:00, end: 2030-01-08T01:20:00+01:00 }
    rollback: { procedure: Re-admit traffic on a-cs1, minutes: 5 }
`
};
var STARTER_FILES = Object.fromEntries(
  Object.entries(TEMPLATES).map(([path, text]) => [path, text.replace(/^@@schema:([a-z-]+)@@\n/, (_, schema) => modeline(path, DEFAULT_SCHEMA_DIR, `${schema}.schema.json`))])
);

// src/cli/commands/init.ts
function registerInit(program, io) {
  program.command("init").description("Write a small, valid starter network-config repository, with the schemas and editor settings for completion").argument("[dir]", "folder to create it in", ".").option("--force", "overwrite files that already exist").addHelpText("after", "\nExample:\n  $ changegate init my-network && changegate check my-network").action((dir, options) => {
    const root = resolve(io.cwd, dir);
    const clashes = Object.keys(STARTER_FILES).filter((p) => existsSync(join(root, p)));
    if (clashes.length > 0 && !options.force) {
      throw new UsageError(`${dir} already has ${clashes.join(", ")}; use --force to overwrite`);
    }
    for (const [path, text] of Object.entries(STARTER_FILES)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
      io.stdout(`wrote ${join(dir, path)}
`);
    }
    for (const path of writeEditorSetup(root, DEFAULT_SCHEMA_DIR)) io.stdout(`wrote ${join(dir, path)}
`);
    io.stdout(`
Editors with the YAML language server (VS Code's YAML extension) now complete and check every file offline.
Next: changegate check ${dir}
`);
  });
}
export {
  registerInit
};
