import { GraphQLScalarType, Kind } from 'graphql';

/** Exact decimals travel as strings ("1018175000.00"); Prisma's Decimal serialises to that. */
export const Decimal = new GraphQLScalarType({
  name: 'Decimal',
  serialize: (v) => (v === null || v === undefined ? null : String(v)),
  parseValue: (v) => {
    if (typeof v !== 'string' && typeof v !== 'number') throw new TypeError('Decimal must be a string');
    const s = String(v);
    if (!/^-?\d+(\.\d+)?$/.test(s)) throw new TypeError(`Invalid Decimal "${s}" (use digits and a dot)`);
    return s;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING && ast.kind !== Kind.INT && ast.kind !== Kind.FLOAT) throw new TypeError('Decimal must be a string');
    return ast.value;
  },
});

export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (v) => (v instanceof Date ? v.toISOString() : String(v)),
  parseValue: (v) => {
    const d = new Date(String(v));
    if (Number.isNaN(d.getTime())) throw new TypeError('Invalid DateTime');
    return d;
  },
});
