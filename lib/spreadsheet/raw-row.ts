/** A row as a format reader yields it, before the header is decided. */
export type RawRow = { rowNumber: number; cells: string[]; numberCells: boolean[] };

/** Counts the bytes a reader has taken from its source, for progress bars. */
export type ByteCounter = { bytesRead: number };
