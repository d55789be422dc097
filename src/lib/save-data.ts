/** The parts of the Network Information API we read; not every browser has it. */
interface NetworkInformation {
  saveData?: boolean;
  effectiveType?: string;
}

/**
 * The person asked to save data (Data Saver) or the connection is 2g: waveforms of clips they
 * have not played are not worth an MP3 download each.
 */
export function prefersSavingData(): boolean {
  if (typeof navigator === 'undefined') return false;
  const connection = (navigator as Navigator & { connection?: NetworkInformation }).connection;
  if (!connection) return false;
  return connection.saveData === true || /(^|-)2g$/.test(connection.effectiveType ?? '');
}
