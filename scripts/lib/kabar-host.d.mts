export declare const DEFAULT_HOST: string;
export declare function kabarHost(env: Record<string, string | undefined>): string;
export declare function startArgs(
  env: Record<string, string | undefined>,
  port: string | number,
): string[];
