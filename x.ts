import { readFileSync } from 'node:fs';
import { articlesOf, readRegulation } from './scripts/lib/laws-markdown';
import { detectRigid } from './utils/analysis/rigid';
const sample = JSON.parse(readFileSync('test/analysis-labels/sample.json','utf8'));
const ids = readFileSync('/tmp/rl.txt','utf8').split('\n').filter(l=>l.startsWith('=== ')).map(l=>l.split(' ')[1]!);
for (const id of ids) {
  const [bwb, label] = id.split('#') as [string,string];
  const reg = sample.regulations.find((r:any)=>r.bwbId===bwb);
  const t = articlesOf(readRegulation(reg.path)).find(a=>a.label===label)!.text;
  for (const r of detectRigid(t)) console.log(id, reg.kind, r.outcome, '|', t.slice(r.span.start, r.span.end).replace(/\n/g,' / ').slice(0,330));
  const ex = t.match(/[^.\n]{0,80}(?:tenzij|dringende|afzien|af te zien|onbillijk|bijzondere omstandigheden)[^.\n]{0,60}/gi); if (ex) console.log('   exit? '+ex.slice(0,2).join(' | ').slice(0,250));
}
