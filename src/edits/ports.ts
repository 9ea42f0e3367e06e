/**
 * Ports below 1024 are privileged: a non-root process may bind them only where the runtime allows
 * it (Docker since 20.10 sets net.ipv4.ip_unprivileged_port_start=0 in the container; Kubernetes
 * and other runtimes may not, and then the program fails with "bind: permission denied"). A fix
 * that makes the process non-root is not offered when the image shows such a port.
 */
import { Cmd, Entrypoint, type Instruction } from '../parse/ast';
import { execForm } from '../model/exec-form';
import type { Stage } from '../model/types';
import { expand } from '../model/vars';
import { spanOf, type SourceFile } from '../parse/source';
import { plainCommandWords } from './exec-words';

const PORT_WORDS = /(port|addr|listen|bind|http|https)/i;
const ENV_PORTS = /^(PORT|HTTP_PORT|HTTPS_PORT|LISTEN_PORT|SERVER_PORT|ADDR|HTTP_ADDR|LISTEN_ADDR|LISTEN|BIND|BIND_ADDR|SERVER_ADDR|ADDRESS)$/i;

/** Privileged ports the stages show: EXPOSE, port-like ENV, and port flags of CMD/ENTRYPOINT. */
export function privilegedPorts(file: SourceFile, stages: readonly Stage[]): number[] {
  const ports = new Set<number>();
  for (const stage of stages) {
    for (const ins of stage.instructions) {
      const kw = ins.getKeyword().toUpperCase();
      if (kw === 'EXPOSE') {
        for (const a of ins.getArguments()) addPort(ports, expand(a.getValue(), stage.env).value.split('/')[0]);
      } else if (kw === 'ENV') {
        for (const [name, value] of stage.env) if (ENV_PORTS.test(name) && value.known) addPort(ports, portOf(value.value));
      } else if (ins instanceof Cmd || ins instanceof Entrypoint) {
        for (const p of commandPorts(file, ins)) addPort(ports, p);
      }
    }
  }
  return [...ports].sort((a, b) => a - b);
}

function addPort(ports: Set<number>, text: string | undefined): void {
  if (text === undefined || !/^[0-9]{1,5}$/.test(text)) return;
  const n = Number(text);
  if (n > 0 && n < 1024) ports.add(n);
}

/** `80`, `:80`, `0.0.0.0:443` -> the port; anything else -> undefined. */
function portOf(value: string): string | undefined {
  const m = /^(?:[^\s:]*:)?([0-9]{1,5})$/.exec(value.trim());
  return m ? m[1] : undefined;
}

/** Ports in `--port 80`, `-addr=:443`, `--listen 0.0.0.0:80`, or a bare `:80`. */
function commandPorts(file: SourceFile, ins: Instruction): string[] {
  const range = ins.getArgumentsRange();
  if (!range) return [];
  const span = spanOf(file, range);
  const words = execForm(file, span) ?? plainCommandWords(file, span, true) ?? [];
  const out: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    const eq = w.indexOf('=');
    if (w.startsWith('-') && eq !== -1 && PORT_WORDS.test(w.slice(0, eq))) {
      const p = portOf(w.slice(eq + 1));
      if (p) out.push(p);
    } else if (w.startsWith('-') && PORT_WORDS.test(w) && i + 1 < words.length) {
      const p = portOf(words[i + 1]);
      if (p) out.push(p);
    } else if (/^:[0-9]{1,5}$/.test(w)) out.push(w.slice(1));
  }
  return out;
}
