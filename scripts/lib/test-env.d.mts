export declare const E2E_APP_PORT: number;
export declare const E2E_SANDBOX_PORT: number;
export declare const e2eSandboxUrl: string;
export declare const e2eAppUrl: string;
export declare const e2eDistDir: string;
export declare const e2eDatabaseFile: string;
export declare const e2eAuthDir: string;
export declare const e2eEnv: Record<string, string>;
