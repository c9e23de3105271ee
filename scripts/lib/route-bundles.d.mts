export declare const KB: number;
export type RouteBundle = { route: string; gzipBytes: number; rawBytes: number; chunks: string[] };
export type ChunkSizer = { gzip(file: string): number; raw(file: string): number };
export declare function chunkSizer(distDir: string): ChunkSizer;
export declare function readRouteBundles(distDir: string, sizer?: ChunkSizer): RouteBundle[];
export declare function readRuntimeBytes(distDir: string): number;
export declare function kb(bytes: number): string;
