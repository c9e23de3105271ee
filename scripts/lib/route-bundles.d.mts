export declare const KB: number;
export type RouteBundle = { route: string; gzipBytes: number; rawBytes: number; chunks: string[] };
export declare function readRouteBundles(distDir: string): RouteBundle[];
export declare function readRuntimeBytes(distDir: string): number;
export declare function kb(bytes: number): string;
