/**
 * Whether a process with this pid exists. Folders of local Neo4j instances are marked
 * with their creator's pid; one whose creator is gone may be cleaned up.
 */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
