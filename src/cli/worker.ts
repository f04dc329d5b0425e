/** A worker thread of the command line: validates the chunks of files it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { validateFile, type BatchOptions, type FileResult } from './batch.js';

const options = workerData as BatchOptions;
parentPort!.on('message', ([start, files]: [number, string[]]) => {
  const results: FileResult[] = files.map((f) => validateFile(f, options));
  parentPort!.postMessage([start, results]);
});
