export declare function generateClients(options?: { env?: Record<string, string> }): number;
