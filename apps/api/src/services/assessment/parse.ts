export { parseInput } from '../kernel.ts';
