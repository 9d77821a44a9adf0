import { describe, expect, it } from 'vitest';
import { rankForAnnotation } from '../../src/forge/annotation-rank.ts';
import type { AnnotationClass } from '../../src/forge/annotation-rank.ts';

describe('rankForAnnotation', () => {
  it('puts blocking new, blocking existing, warnings (new first), then notices, keeping order within a rank', () => {
    const items: (AnnotationClass & { name: string })[] = [
      { name: 'w-old', blocking: false, severity: 'warning', isNew: false },
      { name: 'n-new', blocking: false, severity: 'notice', isNew: true },
      { name: 'e-old', blocking: true, severity: 'error', isNew: false },
      { name: 'w-new', blocking: false, severity: 'warning', isNew: true },
      { name: 'e-new-1', blocking: true, severity: 'error', isNew: true },
      { name: 'w-blocking', blocking: true, severity: 'warning', isNew: true },
      { name: 'e-new-2', blocking: true, severity: 'error', isNew: true },
    ];
    expect(rankForAnnotation(items, (i) => i).map((i) => i.name)).toEqual(['e-new-1', 'w-blocking', 'e-new-2', 'e-old', 'w-new', 'w-old', 'n-new']);
  });
});
