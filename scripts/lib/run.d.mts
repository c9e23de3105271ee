export declare function waitForHttp(url: string, timeoutMs?: number): Promise<void>;
