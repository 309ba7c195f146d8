/** Disjoint sets over string keys: merging name groups step by step, in any order. */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  add(key: string): void {
    if (!this.parent.has(key)) this.parent.set(key, key);
  }

  find(key: string): string {
    this.add(key);
    let root = key;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    let node = key;
    while (node !== root) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // Keep lexicon and person roots as representatives: they carry the strongest identity.
    if (rank(rb) > rank(ra)) this.parent.set(ra, rb);
    else this.parent.set(rb, ra);
  }
}

function rank(key: string): number {
  if (key.startsWith('lex:')) return 3;
  if (key.startsWith('person:')) return 2;
  return 1;
}
