// The tasks both Gantt peers render: the benchmark plan's steps, flat (frappe-gantt
// has no parent rows), each from the first day of its first scheduled month to
// the last day of its last one.
export interface PeerTask {
  id: string;
  name: string;
  /** yyyy-mm-dd */
  start: string;
  /** yyyy-mm-dd */
  end: string;
  progress: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function toPeerTasks(year: number, steps: { id: string; name: string; months: number[] }[]): PeerTask[] {
  return steps.map((step) => {
    const first = step.months[0] ?? 1;
    const last = step.months[step.months.length - 1] ?? first;
    const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
    return { id: step.id, name: step.name, start: `${year}-${pad(first)}-01`, end: `${year}-${pad(last)}-${pad(lastDay)}`, progress: 0 };
  });
}
