import * as docs from '/work/main/apps/web/src/gql/graphql.ts';
import { print } from 'graphql';
const base = 'http://127.0.0.1:4111/graphql';
let cookie = '';
async function gql(doc: any, variables: any = {}, gov = 'probolinggo') {
  const res = await fetch(base, { method: 'POST', headers: { 'content-type': 'application/json', 'x-government': gov, cookie }, body: JSON.stringify({ query: print(doc), variables }) });
  const sc = res.headers.get('set-cookie'); if (sc) cookie = sc.split(';')[0]!;
  return res.json() as any;
}
const email = process.argv[2] ?? 'admin@probolinggo.demo';
const gov = process.argv[3] ?? 'probolinggo';
let r = await gql(docs.SignInDocument, { email, password: 'wrong' });
console.log('wrong pw:', JSON.stringify(r.errors?.[0]));
r = await gql(docs.SignInDocument, { email, password: 'rbdemo2026' });
console.log('signIn:', JSON.stringify(r.data?.signIn.viewer.government), r.errors);
for (const [name, doc] of Object.entries(docs)) {
  if (!name.endsWith('Document') || /SignIn|SignOut|SetLocale|IndicatorValueFields/.test(name)) continue;
  let vars: any = {};
  if (name === 'WorkPlanDocument' || name === 'PerformanceTreeDocument') continue;
  if (name === 'AuditLogDocument') vars = { limit: 5 };
  const t0 = Date.now();
  const out = await gql(doc, vars, gov);
  const summary = out.data ? Object.fromEntries(Object.entries(out.data).map(([k, v]) => [k, Array.isArray(v) ? v.length : v && typeof v === 'object' ? Object.keys(v).length : v])) : null;
  console.log(name, Date.now() - t0, 'ms', JSON.stringify(summary), out.errors ? JSON.stringify(out.errors).slice(0, 300) : '');
}
const plans = await gql(docs.WorkPlansDocument, {}, gov);
for (const p of plans.data.workPlans) {
  const t0 = Date.now();
  const out = await gql(docs.WorkPlanDocument, { id: p.id }, gov);
  console.log('plan', p.year, p.kind, p.title.slice(0, 50), p.stepCount, Date.now() - t0, 'ms', out.errors ? JSON.stringify(out.errors).slice(0, 300) : 'ok', out.data?.workPlan?.activities.length);
}
const trees = await gql(docs.PerformanceTreesDocument, {}, gov);
for (const t of trees.data.performanceTrees) {
  const out = await gql(docs.PerformanceTreeDocument, { id: t.id }, gov);
  console.log('tree', t.year, t.title, out.data?.performanceTree?.nodes.length, out.errors ?? '');
}
const v = await gql(docs.ViewerDocument, {}, 'nonexistent');
console.log('viewer with foreign gov:', JSON.stringify(v).slice(0, 400));
const y = await gql(docs.YearOptionsDocument, {}, 'nonexistent');
console.log('years with foreign gov:', JSON.stringify(y).slice(0, 300));
