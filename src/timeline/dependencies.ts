// Whether one step of a change request depends on another, directly or through other steps. Rules ask
// this for pairs of nearby steps; a set of every ancestor per step (a chain of 10,000 steps holds 50
// million entries) made them quadratic. The steps are grouped into strongly connected components
// (cycles are tolerated: plan-consistency reports them) numbered so that a dependency's component never
// comes after its dependant's, and a question walks back only through components between the two.
import type { ChangeRequest, Step } from '../model/types.ts';

interface DependencyIndex {
  /** Node per step id (the last step with that id, as a lookup by id would find). */
  node: Map<string, number>;
  /** The node's direct dependencies (ids that name no step are left out: they lead nowhere). */
  dependsOn: number[][];
  /** Component number: a dependency's is never greater than its dependant's. */
  component: Int32Array;
  /** Visit marks, one per node, compared against a counter that grows with every question. */
  visited: Int32Array;
  question: number;
  representative: Step[];
}

const indexes = new WeakMap<ChangeRequest, DependencyIndex>();

function indexOf(change: ChangeRequest): DependencyIndex {
  let index = indexes.get(change);
  if (index) return index;
  const node = new Map<string, number>();
  const representative: Step[] = [];
  for (const step of change.steps) {
    const existing = node.get(step.id);
    if (existing === undefined) {
      node.set(step.id, representative.length);
      representative.push(step);
    } else representative[existing] = step;
  }
  const dependsOn = representative.map((step) => {
    const list: number[] = [];
    for (const id of step.dependsOn) {
      const n = node.get(id);
      if (n !== undefined) list.push(n);
    }
    return list;
  });
  index = { node, dependsOn, component: components(dependsOn), visited: new Int32Array(representative.length), question: 0, representative };
  indexes.set(change, index);
  return index;
}

/**
 * Tarjan's strongly connected components, without recursion (a chain of steps would overflow the stack).
 * A component is numbered when it is complete, after every component it depends on.
 */
function components(dependsOn: readonly number[][]): Int32Array {
  const n = dependsOn.length;
  const component = new Int32Array(n).fill(-1);
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const work: [number, number][] = [];
  let counter = 0;
  let next = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    work.push([root, 0]);
    while (work.length > 0) {
      const frame = work[work.length - 1] as [number, number];
      const [v, edge] = frame;
      if (edge === 0 && order[v] === -1) {
        order[v] = low[v] = counter++;
        stack.push(v);
        onStack[v] = 1;
      }
      const edges = dependsOn[v] as number[];
      if (edge < edges.length) {
        frame[1] = edge + 1;
        const w = edges[edge] as number;
        if (order[w] === -1) work.push([w, 0]);
        else if (onStack[w]) low[v] = Math.min(low[v] as number, order[w] as number);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]] as number, low[v] as number);
      if (low[v] === order[v]) {
        let w: number;
        do {
          w = stack.pop() as number;
          onStack[w] = 0;
          component[w] = next;
        } while (w !== v);
        next++;
      }
    }
  }
  return component;
}

/** True when `step` depends on the step with id `on`, directly or through other steps of `change`. */
export function dependsTransitively(change: ChangeRequest, step: Step, on: string): boolean {
  const index = indexOf(change);
  const target = index.node.get(on);
  if (target === undefined) return false;
  const floor = index.component[target] as number;
  const self = index.node.get(step.id);
  // A step that is not its id's representative (a duplicate id, refused elsewhere) starts from its own list.
  const start = self !== undefined && index.representative[self] === step ? (index.dependsOn[self] as number[]) : step.dependsOn.flatMap((id) => index.node.get(id) ?? []);
  const mark = ++index.question;
  const pending = [...start];
  while (pending.length > 0) {
    const v = pending.pop() as number;
    if (v === target) return true;
    if (index.visited[v] === mark || (index.component[v] as number) < floor) continue;
    index.visited[v] = mark;
    for (const w of index.dependsOn[v] as number[]) pending.push(w);
  }
  return false;
}
