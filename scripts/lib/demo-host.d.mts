export declare const DEFAULT_DEMO_HOST: string;
export declare function demoStartArgs(
  env: Record<string, string | undefined>,
  port: string | number,
): string[];
