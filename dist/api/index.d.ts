/** Where a model object (or one of its fields) sits in the repository: a file and a JSON Pointer. */
export interface SourceRef {
	file: string;
	pointer: string;
}
type DayType = "weekday" | "weekend" | "holiday";
interface Site {
	id: string;
	name: string;
	region: string;
	failureDomain: string;
	timeZone: string;
	at: SourceRef;
}
type ServerRole = "mgcf" | "sbc" | "tdm-gateway" | "softswitch" | "bgcf" | "other";
interface Capacity {
	/** Simultaneous sessions. */
	sessions: number;
	/** Call attempts per second. */
	cps: number;
}
interface CallServer {
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
interface RedundancyGroup {
	id: string;
	name: string;
	/** True when any member carries emergency traffic, or when declared so. */
	emergency: boolean;
	/** Member server ids, sorted. Derived from servers. */
	members: string[];
	at: SourceRef;
}
interface PstnSwitch {
	id: string;
	name: string;
	site?: string;
	at: SourceRef;
}
interface Trunk {
	id: string;
	callServer: string;
	switch: string;
	/** Simultaneous sessions (circuits or SIP channels). */
	capacity: {
		sessions: number;
	};
	emergency: boolean;
	at: SourceRef;
}
interface Psap {
	id: string;
	name: string;
	at: SourceRef;
}
interface EmergencyRoute {
	callServer: string;
	trunk: string;
	switch: string;
	psap: string;
	at: SourceRef;
}
interface EmergencyNumber {
	number: string;
	name: string;
	psaps: string[];
	routes: EmergencyRoute[];
	at: SourceRef;
}
interface TestNumber {
	number: string;
	name: string;
	at: SourceRef;
}
interface Inventory {
	sites: Map<string, Site>;
	callServers: Map<string, CallServer>;
	redundancyGroups: Map<string, RedundancyGroup>;
	switches: Map<string, PstnSwitch>;
	trunks: Map<string, Trunk>;
	psaps: Map<string, Psap>;
	emergencyNumbers: Map<string, EmergencyNumber>;
	testNumbers: Map<string, TestNumber>;
}
interface TrafficProfile {
	totalSessions: number[];
	totalCps: number[];
	emergencySessions: number[];
	emergencyCps: number[];
	at: SourceRef;
}
interface TrafficForecast {
	timeZone: string;
	profiles: Record<DayType, TrafficProfile>;
	/** Local dates (YYYY-MM-DD) that use the holiday profile. */
	holidays: Set<string>;
	at: SourceRef;
}
type QualificationStatus = "qualified" | "in-lab" | "withdrawn";
interface CatalogVersion {
	platform: string;
	version: string;
	status: QualificationStatus;
	at: SourceRef;
}
interface KnownBad {
	platform?: string;
	version?: string;
	artefact?: string;
	sha256?: string;
	reason: string;
	reference?: string;
	at: SourceRef;
}
interface Qualification {
	signature: string;
	platform: string;
	groups: string[];
	evidence: string;
	approvals: {
		by: string;
		role: string;
		at?: string;
	}[];
	at: SourceRef;
}
interface SoftwareCatalog {
	/** Key: `${platform}@${version}`. */
	versions: Map<string, CatalogVersion>;
	knownBad: KnownBad[];
	qualifications: Qualification[];
	at: SourceRef;
}
interface LocalWindow {
	days: DayType[];
	/** "HH:MM" local time in the policy time zone; end may be <= start for a window crossing midnight. */
	start: string;
	end: string;
	at: SourceRef;
}
interface FreezePeriod {
	id: string;
	reason: string;
	start: number;
	end: number;
	at: SourceRef;
}
interface Approver {
	id: string;
	name: string;
	roles: string[];
	/** GitHub login whose pull-request reviews are this person's approvals. */
	github?: string;
	/** GitLab username whose merge-request approvals are this person's approvals. */
	gitlab?: string;
	at: SourceRef;
}
type ApprovalSourceKind = "signed-commits" | "pull-request-reviews" | "merge-request-approvals" | "declared";
interface ApprovalSourcePolicy {
	kind: ApprovalSourceKind | "none";
	/** signed-commits: repository path of the allowed-signers file. */
	allowedSigners?: string;
	/** pull-request-reviews: role -> "org/team-slug" whose active members hold the role. */
	teams: Map<string, string>;
	at: SourceRef;
}
interface WaiverApprovalRequirement {
	severity?: Severity;
	minRisk?: RiskClass;
	approvers: number;
	role: string;
	at: SourceRef;
}
export type Severity = "error" | "warning" | "notice";
type RuleSetting = Severity | "off";
interface RuleOverride {
	severity?: RuleSetting;
	options?: Record<string, unknown>;
	at: SourceRef;
}
interface Policy {
	timeZone: string;
	maintenanceWindows: LocalWindow[];
	freezePeriods: FreezePeriod[];
	approvers: Map<string, Approver>;
	approvalSource: ApprovalSourcePolicy;
	waiverApprovals: WaiverApprovalRequirement[];
	rules: Map<string, RuleOverride>;
	at: SourceRef;
}
type ChangeState = "draft" | "proposed" | "approved" | "scheduled" | "in-progress" | "done" | "cancelled";
type RiskClass = "low" | "medium" | "high" | "critical";
type StepAction = "software-upgrade" | "config-push" | "reconnection" | "capacity-add" | "capacity-remove" | "restart" | "drain" | "isolate" | "restore";
interface Approval {
	by: string;
	role: string;
	at?: string;
	/** Content hash of the change request the approver saw (see docs/formats.md). */
	revision?: string;
	ref: SourceRef;
}
interface Stakeholder {
	party: "regulator" | "authority" | "psap" | "noc" | "emergency-services" | "other";
	name: string;
	contact?: string;
	/** PSAP ids this notification covers (for party psap / emergency-services). */
	psaps: string[];
	leadTimeHours: number;
	at: SourceRef;
}
interface Escalation {
	contact: string;
	phone?: string;
	targetMinutes: number;
	at: SourceRef;
}
interface StepWindow {
	start: number;
	end: number;
	/** IANA zone the window was written in (or the network zone for offset instants). */
	timeZone: string;
	at: SourceRef;
}
interface StepSoftware {
	version: string;
	previousVersion?: string;
	artefact?: string;
	sha256?: string;
	at: SourceRef;
}
interface StepArtefact {
	name: string;
	sha256: string;
	index: number;
}
interface Rollback {
	procedure: string;
	minutes: number;
	includesTrafficRecovery: boolean;
	/** Recovery of the traffic that depends on the targets, after the rollback ends. */
	recovery?: {
		of: string;
		minutes: number;
	};
	at: SourceRef;
}
interface TestCall {
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
	targets: {
		sites: string[];
		callServers: string[];
		trunks: string[];
	};
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
interface ChangeRequest {
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
type StepResult = "ok" | "failed" | "rolled-back" | "aborted";
interface RecordedTestCall {
	number: string;
	at: number;
	answered: boolean;
	from?: string;
}
interface StepRecord {
	step: string;
	start: number;
	/** Present with `result` once the step has finished. */
	end?: number;
	result?: StepResult;
	operator: string;
	/** What the step actually acted on, when the record says. */
	targets?: {
		sites: string[];
		callServers: string[];
		trunks: string[];
	};
	testCalls: RecordedTestCall[];
	note?: string;
	at: SourceRef;
}
interface NotificationRecord {
	/** The notify entry's name. */
	party: string;
	sentAt: number;
	to: string;
	by?: string;
	at: SourceRef;
}
interface ExecutionRecord {
	change: string;
	/** By step id. */
	steps: Map<string, StepRecord>;
	notifications: NotificationRecord[];
	file: string;
	at: SourceRef;
}
interface Waiver {
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
type Identity = 
/** A policy person id, e.g. the principal of an SSH allowed-signers entry. */
{
	kind: "person";
	id: string;
}
/** A forge login, mapped through the approvers' `github` field; `teams` lists verified memberships ("org/slug"). */
 | {
	kind: "github-login";
	login: string;
	teams?: readonly string[];
}
/** A GitLab username, mapped through the approvers' `gitlab` field. */
 | {
	kind: "gitlab-username";
	username: string;
};
interface Proof {
	identity: Identity;
	/** How it was proven, for messages and reports, e.g. "review 123 by @amartin on 1a2b3c4". */
	how: string;
}
interface LineSpan {
	line: number;
	endLine: number;
}
interface ProofResult {
	proofs: readonly Proof[];
	/** What the source saw when it could not prove an approval, e.g. "line 14 comes from unsigned commit 1a2b3c4". */
	note?: string;
}
interface ApprovalEvidence {
	/** The kind of source; an approval counts only when it equals the policy's approvalSource.kind. */
	readonly source: ApprovalSourceKind;
	/** One line for the attestation, e.g. "signed commits, allowed signers policy/allowed_signers". */
	readonly description: string;
	/** Who is proven to have approved these lines of the file, as the file is in the snapshot. */
	approvalsOf(file: string, lines: LineSpan): ProofResult;
	/** Who is proven to have written the file outside these lines (a waiver's authors may not approve it). */
	authorsOf(file: string, except: readonly LineSpan[]): readonly Proof[];
	/**
	 * When the file is exactly as on a protected state whose own check verified it (e.g. a change request
	 * the pull request does not touch, as merged on the base branch): how, so its approvals stand as
	 * verified then. Undefined: the file must be proven now.
	 */
	inherited?(file: string): string | undefined;
}
interface Range$1 {
	line: number;
	column: number;
	endLine: number;
	endColumn: number;
}
declare class LineIndex {
	readonly text: string;
	private lineStarts;
	constructor(text: string);
	position(offset: number): {
		line: number;
		column: number;
	};
	range(start: number, end: number): Range$1;
}
interface YamlDocument {
	file: string;
	text: string;
	value: unknown;
	/** Where every node sits in the text (see `locate`). */
	spans: SpanTable;
	lines: LineIndex;
}
interface SpanTable {
	/** `count` rows of SPAN_FIELDS: start, end, key start, key end (-1 if none), first row after the subtree, shape. */
	rows: Int32Array;
	/** Keys not spelled verbatim in the text at their key span, by row. */
	spelledKeys: Map<number, string>;
	count: number;
}
type VerificationStatus = "verified" | "declared" | "unverified";
interface Verification {
	status: VerificationStatus;
	/** Roles the person is proven to hold (policy roles, narrowed by team membership where the policy names teams). */
	roles: readonly string[];
	/** verified: how; unverified: why not, ready to follow "does not count: ". */
	detail: string;
}
interface ApprovalCounts {
	source: Policy["approvalSource"]["kind"];
	evidence?: string;
	verified: number;
	declared: number;
	unverified: number;
}
declare class ApprovalVerifier {
	private readonly policy;
	private readonly documents;
	private readonly evidence;
	private readonly seen;
	constructor(policy: Policy, documents: ReadonlyMap<string, YamlDocument>, evidence: ApprovalEvidence | undefined);
	/** What `how` proof the policy expects, for messages telling someone what to obtain. */
	get expectedProof(): string;
	/** Verifies that `person` approved the entry at `at` (a pointer to the entry or its value). */
	verify(at: SourceRef, person: string): Verification;
	/** Policy persons proven to have written the file outside the given entries. */
	authorsOf(file: string, entries: readonly string[]): string[];
	/**
	 * Policy persons the source proves approved these lines as they now are, with the roles each is proven
	 * to hold, and what the source saw when it proves none: for a new edit (a loosening of the gate), never
	 * an approval inherited from the base. Empty unless the evidence comes from the policy's own source; a
	 * declaration in a file proves nothing here.
	 */
	provenApprovers(file: string, pointer: string): {
		approvers: {
			person: string;
			roles: string[];
			how: string;
		}[];
		note?: string;
	};
	counts(): ApprovalCounts;
	private judge;
	/** Policy roles, where the policy ties a role to a team, only while a proof shows the membership. */
	private heldRoles;
	private personOf;
	private describeIdentity;
	private span;
}
/** A value a finding carries in `data`: plain JSON so formatters and baselines can compare it. */
export type FindingValue = string | number | boolean | null | readonly (string | number)[];
export type FindingData = Record<string, FindingValue>;
/** The one result shape every stage, rule and formatter shares. Lines and columns are 1-based. */
export interface Finding {
	ruleId: string;
	messageId: string;
	severity: Severity;
	message: string;
	/** Repository-relative POSIX path; '' for findings about the repository as a whole. */
	file: string;
	line: number;
	column: number;
	endLine: number;
	endColumn: number;
	/** JSON Pointer into the file's document. */
	path: string;
	data: FindingData;
	/** The change request (and step) the finding is about, when there is one: waivers match on these. */
	changeId?: string;
	stepId?: string;
	/** Stable identity across line moves: rule, message, file, path and data; never the line. */
	fingerprint: string;
	/** Set when a waiver covers the finding. */
	waivedBy?: string;
}
type ExecutionStatus = "planned" | "running" | StepResult;
interface StepExecution {
	status: ExecutionStatus;
	/** The record entry, when the step has started by the instant. */
	record: StepRecord | undefined;
	/** Actual start, or the planned start of a step not started. */
	start: number;
	/** Actual end; for a running step the later of its planned end and the instant; else the planned end. */
	end: number;
	/** Numbers of the planned test calls the record does not show answered after the step started. */
	unansweredCalls: string[];
	/** Finished ok, with every planned test call answered. */
	succeeded: boolean;
}
interface IntervalForecast {
	totalSessions: number;
	totalCps: number;
	emergencySessions: number;
	emergencyCps: number;
	/** Local start of the busiest hour, e.g. "2026-12-09T16:00". */
	busiestHour: string;
	dayType: DayType;
}
interface StepExposure {
	step: Step;
	/** What the execution record says about the step as of the evaluation (status planned without one). */
	execution: StepExecution;
	/** When the step runs on the timeline: its actual times once started, its planned window before. */
	start: number;
	end: number;
	servers: string[];
	trunks: string[];
	/** Change signature (see canary-and-soak), e.g. "software-upgrade:7.5.0" or "reconnection:RECONNECT-SEQ-V3". */
	signature?: string;
	/**
	 * End of the exposure: the step's end (after a rollback, plus the recovery of dependent traffic; after
	 * a failure or abort, the end of the plan, since the targets are in an unknown state), or, for a step
	 * that runs a change not yet proven on its redundancy group, the end of its soak.
	 */
	exposureEnd: number;
	/** True when the step runs a change that had not soaked on the group when the step started. */
	unproven: boolean;
}
interface Interval {
	index: number;
	start: number;
	end: number;
	/** Steps whose window overlaps the interval (any change request), in stable order. */
	activeSteps: Step[];
	/** Steps exposing elements in the interval: active steps plus unproven steps still soaking. */
	exposures: StepExposure[];
	/** Sorted ids of call servers at risk. */
	atRiskServers: string[];
	/** Sorted ids of trunks at risk (sorted on first use). */
	readonly atRiskTrunks: string[];
	/** The trunks at risk as a set, for asking whether one is. */
	readonly atRiskTrunkSet: ReadonlySet<string>;
	/** Fraction (0..1) of capacity lost per server at risk (the largest loss among steps on it). */
	serverLoss: Map<string, number>;
	/** Sorted ids of servers running an unproven change in this interval. */
	unprovenServers: string[];
	forecast: IntervalForecast;
}
interface SignatureRollout {
	group: string;
	signature: string;
	/** Steps carrying the signature to members of the group, by start. */
	steps: StepExposure[];
	/** The first step (the canary wave). */
	canary: StepExposure;
	/**
	 * When the signature counts as proven on the group: the later of canary end + soak and the end of the
	 * first whole daily peak hour after the canary ended; undefined if no peak is found.
	 */
	provenAt: number | undefined;
	/** Canary end + soak hours, whether or not a peak was crossed. */
	soakEnd: number;
	soakSpansPeak: boolean;
	/** Set when the canary's record shows it ended without success: the signature is never proven by it. */
	canaryOutcome?: {
		status: ExecutionStatus;
		unansweredCalls: string[];
	};
}
export interface Timeline {
	/** Network time zone (IANA). */
	timeZone: string;
	intervals: Interval[];
	/** Exposure of every step of the considered change requests, keyed by `${changeId}#${stepId}`. */
	exposures: Map<string, StepExposure>;
	rollouts: SignatureRollout[];
	/** Soak hours used to compute exposure (from canary-and-soak's options). */
	soakHours: number;
	/** The options the timeline was built with (a timeline of one change reuses them). */
	options: TimelineOptions;
	/** Signatures proven by the record, by `${group}|${platform}|${signature}` (see proofKey). */
	proofs: Map<string, Proof$1>;
}
interface TimelineOptions {
	/** Hours a new change must soak on its canary before it counts as proven. */
	soakHours: number;
	/** The evaluation instant: the record is read as of it, and a proof's soak must have elapsed by it. */
	asOf?: number;
	/** Sets of redundancy groups the policy says share platform and software: a proof on one holds on all. */
	groupsSharingProof?: readonly (readonly string[])[];
	/** Signatures the software catalog qualifies with the approvals the policy requires (key as in `proofs`). */
	qualified?: ReadonlyMap<string, Proof$1>;
}
interface Proof$1 {
	group: string;
	platform: string;
	signature: string;
	/** "record": a completed canary of a done change; "qualification": an approved catalog entry. */
	source: "record" | "qualification";
	/** `${changeId}#${stepId}` of the canary, or the catalog entry's file and pointer. */
	evidence: string;
}
/** A JSON Schema (draft 2020-12) for a rule's options; every property carries a `description`. */
export type OptionsSchema = {
	type: "object";
	properties: Record<string, Record<string, unknown> & {
		description: string;
	}>;
	additionalProperties: false;
	required?: string[];
};
/**
 * Categories: `input` rules judge whether the repository could be read at all (their findings make the
 * verdict `error` and cannot be waived); `invariant` rules judge the plan over time; `process` rules judge
 * how the change is run.
 */
export type RuleCategory = "input" | "invariant" | "process";
export interface ReportInput {
	messageId: string;
	data: FindingData;
	/** Where the finding points. */
	at: SourceRef;
	/** Point at the key of the mapping entry rather than its value (e.g. an unknown key). */
	atKey?: boolean;
	changeId?: string;
	stepId?: string;
	/** Report at most this severity (a rule set to error may still say some things only as a warning). */
	maxSeverity?: Severity;
}
export interface RuleContext<Options> {
	readonly network: Network;
	readonly timeline: Timeline;
	readonly options: Options;
	/** The instant the evaluation is "as of" (from --as-of or the caller), epoch ms; undefined when unknown. */
	readonly asOf: number | undefined;
	/** Verifies approval entries against the policy's approval source (signed commits, reviews, declared). */
	readonly approvals: ApprovalVerifier;
	/**
	 * Whether the caller reads the findings concerning this change request (its own, and those naming it
	 * in their `changeIds`). True for every change request in a whole evaluation; an evaluation focused on
	 * one change request (the run-time guard's) reads only that one's, so a rule may skip work whose
	 * findings could concern no wanted change request. Skipping is never required, and it must never
	 * change a finding that concerns a wanted change request (a test compares focused and whole
	 * evaluations on every change of the fixtures).
	 */
	wants(changeId: string): boolean;
	/**
	 * Validated options (defaults filled in) of another rule of the pack, whatever its severity, or
	 * undefined when the pack has no such rule: rules that share a setting read it from its owner.
	 */
	optionsOf(ruleId: string): Readonly<Record<string, unknown>> | undefined;
	/** Formats an instant in the network's time zone, e.g. "2026-12-09 16:30 (+01:00)". */
	formatInstant(ms: number): string;
	/** Shorthand for findings about a step: fills changeId/stepId. */
	reportStep(step: Step, input: Omit<ReportInput, "changeId" | "stepId" | "at"> & {
		at?: SourceRef;
	}): void;
	report(input: ReportInput): void;
}
export interface RuleDefinition<Options extends object = Record<string, never>, MessageId extends string = string> {
	/** kebab-case id, equal to the file name. */
	id: string;
	title: string;
	/** One line: what the rule checks, shown by `changegate rules`. */
	summary: string;
	category: RuleCategory;
	defaultSeverity: Severity;
	/** Why the rule exists (Markdown), citing the incident where it applies. */
	rationale: string;
	optionsSchema: OptionsSchema;
	defaultOptions: Options;
	/** Message templates with `{{placeholders}}` filled from the finding's data. */
	messages: Record<MessageId, string>;
	/** Whether waivers may cover this rule's findings. */
	waivable: boolean;
	/** For a custom rule of the repository (rules/*.yaml): its file, repository-relative. */
	source?: string;
	/** For a custom rule of the repository: what it ranges over (change, step or interval). */
	scope?: string;
	/** false: the policy may change the severity but not switch the rule off. */
	mayBeOff?: boolean;
	/** Options the rule no longer has, with what to do instead: a policy still setting one gets this text. */
	retiredOptions?: Record<string, string>;
	/**
	 * Message ids whose findings no waiver may cover, whatever its approvals: the engine refuses a waiver
	 * that targets them and keeps the finding blocking. A rule that is not waivable has all its ids here
	 * implicitly (see unwaivableMessageIds).
	 */
	unwaivable?: readonly MessageId[];
	/**
	 * The finding data field naming the element (or window) each finding is about, e.g. `group` or
	 * `number`: a waiver of this rule must name one (`element`) and covers only the findings about it.
	 */
	waiverScope?: {
		field: string;
		description: string;
	};
	/**
	 * Judges the plan and reports findings. Absent only for the rules whose findings the engine's own
	 * stages produce (loading, schema validation, references, configuration, waivers, internal errors).
	 */
	check?: (context: RuleContext<Options>) => void;
}
/** Identity helper that keeps the literal message ids typed. */
export declare function defineRule<Options extends object, MessageId extends string>(rule: RuleDefinition<Options, MessageId>): RuleDefinition<Options, MessageId>;
export type AnyRule = RuleDefinition<any, string>;
interface Withheld {
	changeId: string;
	/** Steps of the change that name an unknown element (ids, or "the change" when not in a step). */
	steps: string[];
	findings: number;
	rules: string[];
}
/** One file of a repository snapshot (working tree, git ref, git index or pull request). */
export interface RepoFile {
	/** Repository-relative POSIX path. */
	path: string;
	bytes: Uint8Array;
	/**
	 * The file's real size when `bytes` holds only its beginning: a network file over the size limit is
	 * not read at all, and a YAML file outside the included folders is only peeked at for its `kind`.
	 */
	size?: number;
	/**
	 * What keys the document cache: the git blob id when the bytes come from git objects, or the hash of
	 * the bytes read from a working tree (document-cache.ts contentId).
	 */
	blob?: string;
}
interface EffectiveRule {
	rule: AnyRule;
	severity: RuleSetting;
	options: Record<string, unknown>;
}
export type VerdictStatus = "pass" | "warn" | "fail" | "error";
export interface Progress {
	stage: "load" | "model" | "timeline" | "rules" | "verdict";
	done: number;
	total: number;
}
export interface RuleRun {
	id: string;
	severity: Severity | "off";
	evaluated: boolean;
	findings: number;
}
export interface ChangeSummary {
	id: string;
	title: string;
	file: string;
	state: string;
	declaredRisk: string;
	revision: string;
	considered: boolean;
	steps: number;
	/** Progress from the execution record as of the evaluation ("6 of 18 steps done; …"), once a step has started. */
	progress?: string;
	/**
	 * This change request's own result: fail (a blocking finding about it), warn, pass, or "not evaluated"
	 * when the rules did not judge it (not on the timeline, no rule ran, or the run could not read
	 * everything, so nothing about it can be called a pass).
	 */
	status: ChangeStatus;
}
type ChangeStatus = "pass" | "warn" | "fail" | "not evaluated";
export interface Counts {
	files: number;
	changeRequests: number;
	changeRequestsConsidered: number;
	steps: number;
	intervals: number;
	rules: number;
	errors: number;
	warnings: number;
	notices: number;
	waived: number;
}
export interface Evaluation {
	verdict: VerdictStatus;
	asOf: number | undefined;
	/** Findings in force (not waived), in deterministic order. */
	findings: Finding[];
	/** Findings covered by a waiver: counted and listed, never dropped. */
	waived: Finding[];
	counts: Counts;
	rules: RuleRun[];
	/**
	 * Every rule of the pack with the severity and options it ran with: the policy's overrides after
	 * schema validation, defaults filled in (an invalid override is a gate-config error and the rule's
	 * defaults are used). Consumers read these, never the raw policy. Empty when the evaluation stopped
	 * before the settings were read.
	 */
	settings: EffectiveRule[];
	changes: ChangeSummary[];
	/** Findings left out because they depend on a reference the inventory cannot resolve, per change request. */
	withheld: Withheld[];
	files: string[];
	/** How the approvals written in change requests and waivers were verified; absent when there is no policy. */
	approvals?: ApprovalCounts;
	/** The repository's custom rules that compiled and ran after the pack (rules/*.yaml), for reports. */
	customRules: AnyRule[];
	/** The model and timeline, for reports drawn from the same evaluation; absent when input was unusable. */
	network?: Network;
	timeline?: Timeline;
	documents: Map<string, YamlDocument>;
	/**
	 * Set when the evaluation was focused on one change request (EvaluateOptions.focusChange): findings,
	 * waived findings, counts and verdict then cover that change request and the input errors only.
	 */
	focusChange?: string;
}
/** Every built-in rule, in the order `changegate rules` lists them: the pack `evaluate` runs by default. */
export declare const defaultRules: readonly AnyRule[];
/** A repository read from disk: its network files and the paths it refused to read (symbolic links leaving it). */
export interface Repository {
	/** Absolute path of the folder read. */
	root: string;
	files: RepoFile[];
	refused: {
		path: string;
		reason: string;
	}[];
	/** The config file given to loadRepository (repository-relative), when not the default changegate.yaml. */
	configPath?: string;
	/** Approvals proven by git (when the policy asks for signed commits), gathered while reading. */
	approvalEvidence?: ApprovalEvidence;
}
export interface LoadRepositoryOptions {
	/** Config file relative to the folder (default: changegate.yaml when present). */
	config?: string;
	/** Environment for the git commands that verify signed approvals (default: process.env). */
	env?: Record<string, string | undefined>;
}
/**
 * Reads a repository folder exactly as `changegate check <dir>` does: the config first, then the network
 * files it includes; approvals are verified against the folder's git history when the policy asks for
 * signed commits. Throws when the folder cannot be read at all (a missing folder is not a pass).
 */
export declare function loadRepository(dir: string, options?: LoadRepositoryOptions): Promise<Repository>;
export interface EvaluateOptions {
	/**
	 * The instant the plan is judged as of: epoch milliseconds, a Date, or ISO 8601 with an offset
	 * ("2026-11-27T09:00:00+01:00"). Without it, nothing is in the past (waivers never expire).
	 */
	asOf?: number | Date | string;
	/** Put draft change requests on the timeline too. */
	includeDrafts?: boolean;
	/** Config file (repository-relative) when evaluating plain files; a Repository remembers its own. */
	configPath?: string;
	/** The rules to run; default `defaultRules`. Add your own: `[...defaultRules, myRule]`. */
	rules?: readonly AnyRule[];
	/** Called as the evaluation advances (files read, rules run), e.g. for a progress display. */
	onProgress?: (progress: Progress) => void;
	/**
	 * Judge only what can concern this change request, e.g. before `guardStep` for one of its steps: the
	 * evaluation keeps exactly the findings of a whole evaluation that concern it (its own and those
	 * naming it in `changeIds`), plus every input error, and skips rule work that cannot produce one.
	 * Its verdict and counts cover that change request only (`evaluation.focusChange` says so).
	 */
	focusChange?: string;
}
/**
 * Judges a repository (from loadRepository) or a list of in-memory files and returns the evaluation:
 * verdict, located findings, counts. Never throws for bad input: anything unreadable is an error finding
 * and the verdict `error`. Throws only for a malformed `asOf`.
 */
export declare function evaluate(input: Repository | readonly RepoFile[], options?: EvaluateOptions): Evaluation;
export declare const FORMAT_NAMES: readonly [
	"text",
	"json",
	"sarif",
	"junit",
	"markdown",
	"github",
	"gitlab"
];
export type FormatName = (typeof FORMAT_NAMES)[number];
export interface FormatOptions {
	/** ANSI colours in the text format (default false). */
	color?: boolean;
	/** Prefix for the repository-relative paths in the output, e.g. the folder as the user wrote it (default ''). */
	pathPrefix?: string;
	/** Text format: at most this many findings per rule (default 50). */
	maxPerRule?: number;
	/** Text format: the width to wrap to. */
	columns?: number;
	/** Absolute path of the evaluated folder (the gitlab format makes paths relative to the project root with it). */
	root?: string;
}
/** Renders an evaluation as the whole report text. */
export type FormatterFunction = (evaluation: Evaluation, options?: FormatOptions) => string;
/** Every output format of `changegate check --format`, by name: `formatters.sarif(evaluation)`. */
export declare const formatters: Readonly<Record<FormatName, FormatterFunction>>;
/** A plugin that cannot be used; the message names the module, the rule and what to fix. */
export declare class PluginError extends Error {
	name: string;
}
/**
 * Imports an ES module and returns the rules it exports: its default export (an array of rules) or its
 * `rules` export. `taken` holds the ids already in use (the built-in rules, earlier plugins): a clash is
 * an error, never a silent replacement of a built-in rule.
 */
export declare function loadPlugin(path: string, taken?: Iterable<string>, cwd?: string): Promise<AnyRule[]>;

export {};
