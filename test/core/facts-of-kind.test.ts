import { describe, expect, it } from 'vitest';
import { factsOfKind, type Knowledge } from '../../src/core/knowledge.ts';
import type { Fact } from '../../src/core/types.ts';
import { factTable } from '../../src/core/fact-table.ts';

const fact = (id: string, kind: Fact['kind']): Fact => ({ id, kind, subject: id, relation: 'r', object: 'o', qualifiers: {}, sources: [] }) as unknown as Fact;

describe('factsOfKind', () => {
  it('gives the facts of a kind in table order, whatever order the kinds come in, and none for a kind absent', () => {
    const facts = [fact('a', 'role'), fact('b', 'capital'), fact('c', 'role'), fact('d', 'figure'), fact('e', 'capital')];
    const knowledge = { facts: factTable(facts) } as unknown as Knowledge;
    expect(factsOfKind(knowledge, 'role').map((f) => f.id)).toEqual(['a', 'c']);
    expect(factsOfKind(knowledge, 'capital').map((f) => f.id)).toEqual(['b', 'e']);
    expect(factsOfKind(knowledge, 'founding')).toEqual([]);
    // Grouped once per knowledge: another knowledge has its own groups.
    expect(factsOfKind({ facts: factTable([fact('x', 'founding')]) } as unknown as Knowledge, 'founding').map((f) => f.id)).toEqual(['x']);
  });
});
