// One allocation per slot for its commands. A command's bytes usually sit inside a larger
// buffer: a pooled 8 KiB slab on the leader (shared with whatever else was small), a whole
// Accept frame on a follower, a whole WAL read at replay. A log entry is kept until the
// next snapshot, and a view into such a buffer keeps all of it alive: on the leader that
// made the retained log cost about four times what it holds. Copying a slot's commands
// into one buffer of exactly their size makes it cost what it holds, and frees in one piece.

/** Copies `commands` into one fresh buffer from `allocate` and returns views into it, in order. */
export function packCommands(
  commands: readonly Uint8Array[],
  allocate: (bytes: number) => Uint8Array = (bytes) => new Uint8Array(bytes),
): Uint8Array[] {
  let total = 0;
  for (const command of commands) total += command.length;
  const packed = allocate(total);
  const views = new Array<Uint8Array>(commands.length);
  let offset = 0;
  for (let i = 0; i < commands.length; i++) {
    const command = commands[i]!;
    packed.set(command, offset);
    views[i] = packed.subarray(offset, offset + command.length);
    offset += command.length;
  }
  return views;
}
