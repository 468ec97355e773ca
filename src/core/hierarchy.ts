import { fold } from "./text";

export interface Node {
  id: string;
  name: string;
  parent: string | null;
  aliases?: readonly string[];
}

/**
 * A tree of named nodes (places, materials) with aliases. Each node gets a depth-first
 * interval, so "is A inside B" is two comparisons whatever the size of the tree.
 */
export class Hierarchy<T extends Node> {
  private readonly nodes = new Map<string, T>();
  private readonly children = new Map<string | null, string[]>();
  private readonly byName = new Map<string, string[]>();
  private enter = new Map<string, number>();
  private leave = new Map<string, number>();
  private dirty = true;

  constructor(nodes: Iterable<T> = []) {
    for (const node of nodes) this.add(node);
  }

  add(node: T): T {
    if (this.nodes.has(node.id)) throw new Error(`duplicate node id ${node.id}`);
    if (node.parent !== null && !this.nodes.has(node.parent)) {
      throw new Error(`node ${node.id} names unknown parent ${node.parent}`);
    }
    this.nodes.set(node.id, node);
    const siblings = this.children.get(node.parent) ?? [];
    siblings.push(node.id);
    this.children.set(node.parent, siblings);
    for (const name of [node.name, ...(node.aliases ?? [])]) {
      const key = fold(name);
      const ids = this.byName.get(key) ?? [];
      if (!ids.includes(node.id)) ids.push(node.id);
      this.byName.set(key, ids);
    }
    this.dirty = true;
    return node;
  }

  get(id: string): T | undefined {
    return this.nodes.get(id);
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  all(): IterableIterator<T> {
    return this.nodes.values();
  }

  get size(): number {
    return this.nodes.size;
  }

  /** Nodes whose name or alias folds to the same text. */
  lookup(name: string): T[] {
    return (this.byName.get(fold(name)) ?? []).map((id) => this.nodes.get(id)!);
  }

  /** Every folded name and alias, for suggestions. */
  names(): IterableIterator<[string, string[]]> {
    return this.byName.entries();
  }

  /** The node and its ancestors, nearest first. */
  ancestors(id: string): T[] {
    const chain: T[] = [];
    for (
      let node = this.nodes.get(id);
      node;
      node = node.parent ? this.nodes.get(node.parent) : undefined
    ) {
      chain.push(node);
    }
    return chain;
  }

  /** True when `inner` is `outer` or lies below it. */
  contains(outer: string, inner: string): boolean {
    this.index();
    const a = this.enter.get(outer);
    const b = this.enter.get(inner);
    if (a === undefined || b === undefined) return false;
    return a <= b && b < this.leave.get(outer)!;
  }

  depth(id: string): number {
    return this.ancestors(id).length - 1;
  }

  private index(): void {
    if (!this.dirty) return;
    const enter = new Map<string, number>();
    const leave = new Map<string, number>();
    let clock = 0;
    // iterative depth-first walk: deep trees must not overflow the stack
    const stack: Array<[string, boolean]> = (this.children.get(null) ?? [])
      .slice()
      .reverse()
      .map((id) => [id, false]);
    while (stack.length > 0) {
      const [id, done] = stack.pop()!;
      if (done) {
        leave.set(id, clock);
        continue;
      }
      enter.set(id, clock++);
      stack.push([id, true]);
      for (const child of (this.children.get(id) ?? []).slice().reverse())
        stack.push([child, false]);
    }
    this.enter = enter;
    this.leave = leave;
    this.dirty = false;
  }
}
