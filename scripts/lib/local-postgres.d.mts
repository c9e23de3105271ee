export declare const defaultPostgresUrl: string;
export declare function postgresAdminUrl(): string;
export declare function probePostgres(url?: string): Promise<{ ok: boolean; error?: string }>;
export declare function ensureLocalPostgres(options?: {
  start?: boolean;
  log?: (line: string) => void;
}): Promise<{ ok: boolean; url: string; started: boolean; reason?: string }>;
export declare function describePostgresUrl(url: string): string;
