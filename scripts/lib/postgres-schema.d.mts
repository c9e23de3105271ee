export declare const sourceSchemaPath: string;
export declare const postgresSchemaPath: string;
export declare function derivePostgresSchema(source: string): string;
export declare function writePostgresSchema(options?: { from?: string; to?: string }): string;
