import { describe, expect, it } from 'vitest';
import { dropPlacement, dropWhere, neighbour } from './mapKeys.ts';

// r ─ a ─ a1, a2
//   └ b ─ b1
const shown = [
  { id: 'r', parentId: null },
  { id: 'a', parentId: 'r' },
  { id: 'b', parentId: 'r' },
  { id: 'a1', parentId: 'a' },
  { id: 'a2', parentId: 'a' },
  { id: 'b1', parentId: 'b' },
];

describe('map keyboard', () => {
  it('moves to the parent, the first child and the siblings', () => {
    expect(neighbour(shown, 'a', 'ArrowDown')).toBe('a1');
    expect(neighbour(shown, 'a1', 'ArrowRight')).toBe('a2');
    expect(neighbour(shown, 'a2', 'ArrowLeft')).toBe('a1');
    expect(neighbour(shown, 'a2', 'ArrowUp')).toBe('a');
    expect(neighbour(shown, 'b1', 'Home')).toBe('r');
  });

  it('stays put at the edges and on other keys (cousins are not siblings)', () => {
    expect(neighbour(shown, 'a2', 'ArrowRight')).toBeUndefined();
    expect(neighbour(shown, 'r', 'ArrowUp')).toBeUndefined();
    expect(neighbour(shown, 'a1', 'ArrowDown')).toBeUndefined();
    expect(neighbour(shown, 'a', 'Tab')).toBeUndefined();
    // A parent hidden by the level filter or a collapse is not a target.
    expect(neighbour(shown.slice(3), 'a1', 'ArrowUp')).toBeUndefined();
  });
});

describe('map drop', () => {
  const nodes = [
    { id: 'r', parentId: null, sortOrder: 0 },
    { id: 'a', parentId: 'r', sortOrder: 0 },
    { id: 'b', parentId: 'r', sortOrder: 1 },
    { id: 'c', parentId: 'r', sortOrder: 2 },
    { id: 'a1', parentId: 'a', sortOrder: 0 },
  ];

  it('reads the drop zone from the pointer: edges beside, middle under', () => {
    expect(dropWhere(0.1, false)).toBe('before');
    expect(dropWhere(0.5, false)).toBe('into');
    expect(dropWhere(0.9, false)).toBe('after');
    expect(dropWhere(0.25, true)).toBe('before');
    expect(dropWhere(0.25, false)).toBe('into');
  });

  it('places before or after a sibling, counted among the other children', () => {
    // c before b: index 1 among [a, b].
    expect(dropPlacement(nodes, 'c', 'b', 'before')).toEqual({ parentId: 'r', index: 1 });
    // a after c: index 2 among [b, c] (a itself is not counted).
    expect(dropPlacement(nodes, 'a', 'c', 'after')).toEqual({ parentId: 'r', index: 2 });
    // a1 (another parent) before a: index 0 under r.
    expect(dropPlacement(nodes, 'a1', 'a', 'before')).toEqual({ parentId: 'r', index: 0 });
  });

  it('drops into a node as its last child, and refuses a drop on itself', () => {
    expect(dropPlacement(nodes, 'b', 'a', 'into')).toEqual({ parentId: 'a', index: 1 });
    expect(dropPlacement(nodes, 'a', 'a', 'into')).toBeNull();
    expect(dropPlacement(nodes, 'a', 'gone', 'before')).toBeNull();
  });
});
