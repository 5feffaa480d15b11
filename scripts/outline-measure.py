"""Outline measures of a legit binary on folders of converted texts: outline entries that are lines
printed at a page's edge on 3+ pages (running heads), contents-like entries, titles from the file name.
usage: scripts/outline-measure.py BIN DIR... [--list]"""
import sys,re,json,subprocess,collections,os
args=[a for a in sys.argv[1:] if not a.startswith('--')]
show='--list' in sys.argv
binary,dirs=args[0],args[1:]
def norm(s): return re.sub(r'\s+',' ',re.sub(r'\d+','#',s)).strip().lower()
tot=collections.Counter()
for d in dirs:
    for f in sorted(os.listdir(d)):
        if not f.endswith('.md'): continue
        p=os.path.join(d,f)
        r=subprocess.run([binary,'outline','--json',p],capture_output=True,text=True)
        tot['files']+=1
        if r.returncode!=0 and not r.stdout.strip():
            tot['errors']+=1
            if show: print(f,'ERROR',r.stderr.strip()[:150])
            continue
        o=json.loads(r.stdout)
        text=open(p,encoding='utf-8',errors='replace').read()
        lines=collections.Counter()
        for page in re.split(r'<<PAGE_BREAK>>|\f',text):
            ls=[l for l in page.split('\n') if len(l.strip())>=4]
            for k in set(norm(l) for l in ls[:3]+ls[-3:]): lines[k]+=1
        rep={k for k,v in lines.items() if v>=3 and re.search('[a-z]{2}',k)}
        ents=[]
        def walk(ss):
            for s in ss:
                ents.append(s['title']); walk(s.get('children',[]))
        walk(o['sections'])
        bad=[]; toc=[]
        for t in ents:
            n=norm(t)
            if n in rep or any(len(r)>=8 and (n.startswith(r) or n.endswith(r)) for r in rep): bad.append(t)
            elif re.search(r'\.{4,}|…{2,}',t) or re.search(r'\s#$',n) and not re.match(r'^(figure|table)',n): toc.append(t)
        stem=f[:-3]
        fromname = o.get('title','')==stem
        tot['entries']+=len(ents); tot['repeated']+=len(bad); tot['tocish']+=len(toc); tot['title_from_name']+=fromname
        tot['author']+=bool(o.get('author'))
        if show:
            print(f'{f:60.60} ent={len(ents):3} rep={len(bad):2} toc={len(toc):2} title={o.get("title","")[:70]!r} author={o.get("author","")[:40]!r}')
            for b in bad[:3]: print('      REP',b[:100])
            for b in toc[:3]: print('      TOC',b[:100])
print(dict(tot))
