// The typed model of a network-config repository, built from validated YAML documents.
// Every object remembers where it came from (`at`) so rules can point findings at exact lines.
// Instants are epoch milliseconds (UTC); local wall-clock logic happens in the timeline with luxon.

/** Where a model object (or one of its fields) sits in the repository: a file and a JSON Pointer. */
export interface SourceRef {
  file: string;
  pointer: string;
}

export type DayType = 'weekday' | 'weekend' | 'holiday';

export interface Site {
  id: string;
  name: string;
  region: string;
  failureDomain: string;
  timeZone: string;
  at: SourceRef;
}

export type ServerRole = 'mgcf' | 'sbc' | 'tdm-gateway' | 'softswitch' | 'bgcf' | 'other';

export interface Capacity {
  /** Simultaneous sessions. */
  sessions: number;
  /** Call attempts per second. */
  cps: number;
}

export interface CallServer {
  id: string;
  site: string;
  role: ServerRole;
  platform: string;
  vendor: string;
  softwareVersion: string;
  capacity: Capacity;
  redundancyGroup: string;
  emergency: boolean;
  at: SourceRef;
}

export interface RedundancyGroup {
  id: string;
  name: string;
  /** True when any member carries emergency traffic, or when declared so. */
  emergency: boolean;
  /** Member server ids, sorted. Derived from servers. */
  members: string[];
  at: SourceRef;
}

export interface PstnSwitch {
  id: string;
  name: string;
  site?: string;
  at: SourceRef;
}

export interface Trunk {
  id: string;
  callServer: string;
  switch: string;
  /** Simultaneous sessions (circuits or SIP channels). */
  capacity: { sessions: number };
  emergency: boolean;
  at: SourceRef;
}

export interface Psap {
  id: string;
  name: string;
  at: SourceRef;
}

export interface EmergencyRoute {
  callServer: string;
  trunk: string;
  switch: string;
  psap: string;
  at: SourceRef;
}

export interface EmergencyNumber {
  number: string;
  name: string;
  psaps: string[];
  routes: EmergencyRoute[];
  at: SourceRef;
}

/** A number kept for test calls (test line, probe), besides the emergency numbers. */
export interface TestNumber {
  number: string;
  name: string;
  at: SourceRef;
}

export interface Inventory {
  sites: Map<string, Site>;
  callServers: Map<string, CallServer>;
  redundancyGroups: Map<string, RedundancyGroup>;
  switches: Map<string, PstnSwitch>;
  trunks: Map<string, Trunk>;
  psaps: Map<string, Psap>;
  emergencyNumbers: Map<string, EmergencyNumber>;
  testNumbers: Map<string, TestNumber>;
}

/** Forecast for one day type: 24 hourly values (index = local hour 0..23). */
export interface TrafficProfile {
  totalSessions: number[];
  totalCps: number[];
  emergencySessions: number[];
  emergencyCps: number[];
  at: SourceRef;
}

export interface TrafficForecast {
  timeZone: string;
  profiles: Record<DayType, TrafficProfile>;
  /** Local dates (YYYY-MM-DD) that use the holiday profile. */
  holidays: Set<string>;
  at: SourceRef;
}

export type QualificationStatus = 'qualified' | 'in-lab' | 'withdrawn';

export interface CatalogVersion {
  platform: string;
  version: string;
  status: QualificationStatus;
  at: SourceRef;
}

export interface KnownBad {
  platform?: string;
  version?: string;
  artefact?: string;
  sha256?: string;
  reason: string;
  reference?: string;
  at: SourceRef;
}

/** A catalog entry qualifying a change signature on a platform for named redundancy groups. */
export interface Qualification {
  signature: string;
  platform: string;
  groups: string[];
  evidence: string;
  approvals: { by: string; role: string; at?: string }[];
  at: SourceRef;
}

export interface SoftwareCatalog {
  /** Key: `${platform}@${version}`. */
  versions: Map<string, CatalogVersion>;
  knownBad: KnownBad[];
  qualifications: Qualification[];
  at: SourceRef;
}

export interface LocalWindow {
  days: DayType[];
  /** "HH:MM" local time in the policy time zone; end may be <= start for a window crossing midnight. */
  start: string;
  end: string;
  at: SourceRef;
}

export interface FreezePeriod {
  id: string;
  reason: string;
  start: number;
  end: number;
  at: SourceRef;
}

export interface Approver {
  id: string;
  name: string;
  roles: string[];
  /** GitHub login whose pull-request reviews are this person's approvals. */
  github?: string;
  /** GitLab username whose merge-request approvals are this person's approvals. */
  gitlab?: string;
  at: SourceRef;
}

export type ApprovalSourceKind = 'signed-commits' | 'pull-request-reviews' | 'merge-request-approvals' | 'declared';

/** Where approvals get their proof; `kind: 'none'` when the policy chose none (no approval counts). */
export interface ApprovalSourcePolicy {
  kind: ApprovalSourceKind | 'none';
  /** signed-commits: repository path of the allowed-signers file. */
  allowedSigners?: string;
  /** pull-request-reviews: role -> "org/team-slug" whose active members hold the role. */
  teams: Map<string, string>;
  at: SourceRef;
}

/** One requirement on a waiver's approvals (see docs/formats.md, waiverApprovals). */
export interface WaiverApprovalRequirement {
  severity?: Severity;
  minRisk?: RiskClass;
  approvers: number;
  role: string;
  at: SourceRef;
}

export type Severity = 'error' | 'warning' | 'notice';
export type RuleSetting = Severity | 'off';

export interface RuleOverride {
  severity?: RuleSetting;
  options?: Record<string, unknown>;
  at: SourceRef;
}

export interface Policy {
  timeZone: string;
  maintenanceWindows: LocalWindow[];
  freezePeriods: FreezePeriod[];
  approvers: Map<string, Approver>;
  approvalSource: ApprovalSourcePolicy;
  waiverApprovals: WaiverApprovalRequirement[];
  rules: Map<string, RuleOverride>;
  at: SourceRef;
}

export type ChangeState =
  | 'draft'
  | 'proposed'
  | 'approved'
  | 'scheduled'
  | 'in-progress'
  | 'done'
  | 'cancelled';

export type RiskClass = 'low' | 'medium' | 'high' | 'critical';

export type StepAction =
  | 'software-upgrade'
  | 'config-push'
  | 'reconnection'
  | 'capacity-add'
  | 'capacity-remove'
  | 'restart'
  | 'drain'
  | 'isolate'
  | 'restore';

export interface Approval {
  by: string;
  role: string;
  at?: string;
  /** Content hash of the change request the approver saw (see docs/formats.md). */
  revision?: string;
  ref: SourceRef;
}

export interface Stakeholder {
  party: 'regulator' | 'authority' | 'psap' | 'noc' | 'emergency-services' | 'other';
  name: string;
  contact?: string;
  /** PSAP ids this notification covers (for party psap / emergency-services). */
  psaps: string[];
  leadTimeHours: number;
  at: SourceRef;
}

export interface Escalation {
  contact: string;
  phone?: string;
  targetMinutes: number;
  at: SourceRef;
}

export interface StepWindow {
  start: number;
  end: number;
  /** IANA zone the window was written in (or the network zone for offset instants). */
  timeZone: string;
  at: SourceRef;
}

export interface StepSoftware {
  version: string;
  previousVersion?: string;
  artefact?: string;
  sha256?: string;
  at: SourceRef;
}

/** A file a step applies (configuration, policy, script, package); it sits at the step's pointer + `/artefacts/<index>`. */
export interface StepArtefact {
  name: string;
  sha256: string;
  index: number;
}

export interface Rollback {
  procedure: string;
  minutes: number;
  includesTrafficRecovery: boolean;
  /** Recovery of the traffic that depends on the targets, after the rollback ends. */
  recovery?: { of: string; minutes: number };
  at: SourceRef;
}

/** A test call of a step's verification; it sits at the step's pointer + `/verification/testCalls/<index>`. */
export interface TestCall {
  number: string;
  from?: string;
}

export interface Step {
  id: string;
  /** `<change id>#<step id>`, the step's identity on the timeline (stepKey), built once. */
  key: string;
  /** Position of the step in its change request (0-based). */
  index: number;
  changeId: string;
  action: StepAction;
  description?: string;
  targets: { sites: string[]; callServers: string[]; trunks: string[] };
  window: StepWindow;
  dependsOn: string[];
  software?: StepSoftware;
  /** Identifier of the procedure or command set (for config-push / reconnection). */
  procedure?: string;
  /** Files the step applies, whatever its action. */
  artefacts: StepArtefact[];
  rollback?: Rollback;
  testCalls: TestCall[];
  /**
   * Fraction (0..1] of each targeted server's capacity lost while the step runs.
   * Default 1 for every action except drain (0, capacity moves) and restore (0).
   */
  capacityLoss: number;
  /** For capacity-add/remove: sessions and cps added (negative to remove) per targeted server. */
  capacityChange?: Capacity;
  at: SourceRef;
}

export interface ChangeRequest {
  id: string;
  title: string;
  owner: string;
  purpose: string;
  declaredRisk: RiskClass;
  state: ChangeState;
  /** True for capacity-upgrade change requests (judged by capacity-end-state). */
  capacityUpgrade: boolean;
  approvals: Approval[];
  notify: Stakeholder[];
  escalation?: Escalation;
  steps: Step[];
  /** sha256 of the change request's canonical content (excluding approvals and state), "sha256:<hex>". */
  revision: string;
  /** What actually happened (its own document, records/<id>.yaml), when there is one. */
  record?: ExecutionRecord;
  file: string;
  at: SourceRef;
}

export type StepResult = 'ok' | 'failed' | 'rolled-back' | 'aborted';

/** A test call the record says was placed after a step. */
export interface RecordedTestCall {
  number: string;
  at: number;
  answered: boolean;
  from?: string;
}

/** What happened to one step, from the execution record. Instants are epoch ms. */
export interface StepRecord {
  step: string;
  start: number;
  /** Present with `result` once the step has finished. */
  end?: number;
  result?: StepResult;
  operator: string;
  /** What the step actually acted on, when the record says. */
  targets?: { sites: string[]; callServers: string[]; trunks: string[] };
  testCalls: RecordedTestCall[];
  note?: string;
  at: SourceRef;
}

/** A notice the record says was sent to a party of the change request's notify list. */
export interface NotificationRecord {
  /** The notify entry's name. */
  party: string;
  sentAt: number;
  to: string;
  by?: string;
  at: SourceRef;
}

/** The execution record of one change request (kind ExecutionRecord). */
export interface ExecutionRecord {
  change: string;
  /** By step id. */
  steps: Map<string, StepRecord>;
  notifications: NotificationRecord[];
  file: string;
  at: SourceRef;
}

export interface Waiver {
  id: string;
  rule: string;
  change: string;
  step?: string;
  justification: string;
  /** Distinct approvers, in file order; `approvedByPointers[i]` locates each. */
  approvedBy: string[];
  approvedByPointers: string[];
  requestedBy?: string;
  /** For rules with a waiver scope: the element (or window) the covered findings name. */
  element?: string;
  ticket: string;
  expires: number;
  at: SourceRef;
}

/** Everything a rule may read. Built once per evaluation; rules must not mutate it. */
export interface Network {
  inventory: Inventory;
  forecast: TrafficForecast;
  catalog: SoftwareCatalog;
  policy: Policy;
  /** Change requests considered by the timeline (state filter applied), sorted by id. */
  changes: ChangeRequest[];
  /** All change requests loaded, including draft/done/cancelled, sorted by id. */
  allChanges: ChangeRequest[];
  waivers: Waiver[];
  /** Execution records, sorted by change id (each also hangs on its change request). */
  records: ExecutionRecord[];
}
