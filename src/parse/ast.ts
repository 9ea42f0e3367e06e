import * as ast from 'dockerfile-ast';

/*
 * dockerfile-ast's classes, read once. In the bundle, esbuild reaches a CommonJS module's exports
 * through getters; these classes are in every `instanceof` of the model and the rules, thousands of
 * times a file, so the model and rules import them from here.
 */
export const Add = ast.Add;
export type Add = ast.Add;
export const Arg = ast.Arg;
export type Arg = ast.Arg;
export const Cmd = ast.Cmd;
export type Cmd = ast.Cmd;
export const Copy = ast.Copy;
export type Copy = ast.Copy;
export const Entrypoint = ast.Entrypoint;
export type Entrypoint = ast.Entrypoint;
export const Env = ast.Env;
export type Env = ast.Env;
export const From = ast.From;
export type From = ast.From;
export const Healthcheck = ast.Healthcheck;
export type Healthcheck = ast.Healthcheck;
export const Property = ast.Property;
export type Property = ast.Property;
export const Instruction = ast.Instruction;
export type Instruction = ast.Instruction;
export const Run = ast.Run;
export type Run = ast.Run;
export const Shell = ast.Shell;
export type Shell = ast.Shell;
export const User = ast.User;
export type User = ast.User;
export const Volume = ast.Volume;
export type Volume = ast.Volume;
export const Workdir = ast.Workdir;
export type Workdir = ast.Workdir;
export const DockerfileParser = ast.DockerfileParser;
export type Dockerfile = ast.Dockerfile;
