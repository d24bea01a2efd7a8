/** A 50,000-element page with no conversation: a sidebar, a search box and a huge data table (a school MIS report). */
export function bigPageWithoutConversation(): string {
  const rows: string[] = [];
  // Rows of 8 cells, a link, spans and a button: 17 elements a row.
  for (let i = 0; i < 3000; i++) {
    const cells = Array.from({ length: 6 }, (_, c) => `<td><span>${i * 7 + c}</span></td>`).join('');
    rows.push(`<tr><td><a href="/pupil/${i}">Pupil ${i}</a></td>${cells}<td><button>Edit</button></td></tr>`);
  }
  return `<!doctype html><html><head><meta name="showwork-fixture-url" content="https://mis.example.org/reports/attendance"><title>Attendance report</title></head><body>
<nav><a href="/">Home</a><a href="/reports">Reports</a></nav>
<main><h1>Attendance report</h1><form role="search"><textarea placeholder="Search pupils"></textarea></form>
<table><thead><tr><th>Pupil</th><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th><th>Total</th><th></th></tr></thead><tbody>${rows.join('')}</tbody></table></main>
<footer>Riverside USD</footer></body></html>`;
}
