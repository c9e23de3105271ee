// Counts CSV records as text streams in, chunk by chunk: a line break ends a record only outside
// quotes (a summary may hold line breaks). The export's progress bar uses it. Client-safe.
export class CsvRowCounter {
  private inQuotes = false;
  /** Completed records, the header included. */
  records = 0;

  push(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34 /* " */) {
        // An escaped quote ("") toggles twice, which leaves the state as it was.
        this.inQuotes = !this.inQuotes;
      } else if (!this.inQuotes && c === 10 /* \n */) {
        this.records++;
      }
    }
  }
}
