// Which findings get the few annotations a forge allows (GitHub shows at most 500 per check run): those
// that block the merge first, the ones this change introduces before those already on the base, then
// warnings, then notices. Evaluation order (rule by rule) would spend the cap on warnings of an early rule
// while blocking errors of a later rule went unmarked. Forge-neutral; the sort is stable, so equal ranks
// keep the evaluation's deterministic order.

export interface AnnotationClass {
  /** Fails the job (errors; warnings too with fail-on: warning; collisions with other-pulls: block). */
  blocking: boolean;
  severity: 'error' | 'warning' | 'notice';
  /** Introduced by this change (true when there is no base to compare with). */
  isNew: boolean;
}

/** Lower ranks first: blocking new 0, blocking existing 1, warnings 2/3, notices 4/5. */
export function annotationRank(c: AnnotationClass): number {
  const group = c.blocking ? 0 : c.severity === 'notice' ? 4 : 2;
  return group + (c.isNew ? 0 : 1);
}

export function rankForAnnotation<T>(items: readonly T[], classify: (item: T) => AnnotationClass): T[] {
  return items
    .map((item, index) => ({ item, index, rank: annotationRank(classify(item)) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((x) => x.item);
}
