#!/usr/bin/env python3
"""Extracts the National Minimum Standards (draft, December 2019) from the published text into the framework file.

Run once per edition, then review the result like code:
    python3 extract_nms_2019.py ../../../../shared/seeds/002_3c952c96b78e2838.txt \
        ../src/main/resources/org/rrhub/compliance/frameworks/nms-2019.json
"""
import json
import re
import sys

lines=open(sys.argv[1],encoding='utf-8').read().split('\n')
start=next(i for i,l in enumerate(lines) if l.strip().startswith('Section 1: Board Level'))
end=next(i for i,l in enumerate(lines) if l.strip().startswith('Appendix 1'))
body=lines[start:end]
sec_re=re.compile(r'^\s*Section\s+(\d)\s*:\s*(.+?)\s*$')
sub_re=re.compile(r'^\s*([1-3]\.\d+(?:\.\d+)?)\s*(.*?)\s*$')
stmt_re=re.compile(r'^\s*([IVXL]+)\.\s+(.*?)\s*$')
sections=[]; cur_sec=None; cur_sub=None; cur_stmt=None; pending_title=False
def clean(t): return re.sub(r'\s+',' ',t).strip()
for raw in body:
    l=raw.rstrip()
    m=sec_re.match(l)
    if m:
        cur_sec={'number':m.group(1),'title':clean(m.group(2)),'subsections':[]}; sections.append(cur_sec); cur_sub=None; cur_stmt=None; continue
    m=sub_re.match(l)
    if m and cur_sec and m.group(1).startswith(cur_sec['number']+'.') and (m.group(2)=='' or m.group(2)[0].isupper()):
        cur_sub={'id':m.group(1),'title':clean(m.group(2)),'intro':'','statements':[]}; cur_sec['subsections'].append(cur_sub); cur_stmt=None
        pending_title = l.rstrip().endswith('in') or l.rstrip().endswith('non-')
        continue
    if cur_sub is None: continue
    m=stmt_re.match(l)
    if m:
        cur_stmt={'id':cur_sub['id']+'.'+m.group(1),'text':m.group(2)}; cur_sub['statements'].append(cur_stmt); pending_title=False; continue
    if not l.strip():
        continue
    if pending_title and not cur_sub['statements']:
        cur_sub['title']=clean(cur_sub['title']+' '+l); pending_title=False; continue
    if cur_stmt is not None:
        cur_stmt['text']+=' '+l.strip()
    else:
        cur_sub['intro']+=' '+l.strip()
for s in sections:
    for sub in s['subsections']:
        sub['intro']=clean(sub['intro']).replace('- ','-')
        for st in sub['statements']:
            st['text']=clean(st['text'])

d=sections
L,DATA,TR,PREV,INV,CI='LEADERSHIP_AND_GOVERNANCE','USING_DATA_TO_INFORM_PRACTICE','STAFF_TRAINING_AND_DEVELOPMENT','PREVENTATIVE_MEASURES','INVOLVING_THOSE_WHO_RECEIVE_SERVICES','CONTINUOUS_IMPROVEMENT'
domains={'1.1':[L],'1.2':[INV,L],'1.3':[TR,L],'1.4':[DATA,L],'1.4.1':[L,DATA],'1.5':[DATA],'1.6':[CI],'1.7':[L],
 '1.8':[TR],'1.9':[TR,L],'1.10':[L],'1.11':[L],'1.11.1':[L],'1.11.2':[L],'1.11.3':[L],'1.12':[PREV],'1.13':[PREV],
 '1.14':[PREV],'1.15':[CI],'1.15.1':[CI,INV],'2.1':[TR],'2.2':[PREV],'2.3':[PREV,INV],'2.4':[PREV,INV],'2.5':[PREV,DATA],
 '2.5.1':[PREV],'2.5.2':[TR,PREV],'3.1':[TR],'3.2':[TR],'3.3':[TR],'3.4':[TR,L],'3.4.1':[TR],'3.4.2':[TR],'3.5':[TR,CI]}
titles={'3.4.1':'Training matched to need','3.4.2':'What the training needs analysis outlines'}
d[1]['title']='Effective Care Planning and Multidisciplinary Team Compliance Standard'
out={'id':'nms-2019','title':'National Minimum Standards for Restrictive Interventions Reduction Plans',
     'edition':'Draft, December 2019','sections':[]}
for s in d:
    sec={'number':s['number'],'title':s['title'],'subsections':[]}
    for sub in s['subsections']:
        stmts=[{'id':st['id'],'text':st['text'],'domains':domains[sub['id']]} for st in sub['statements']]
        intro=sub['intro']
        if not stmts:
            # A subsection of narrative standard without numbered statements is one statement, numbered as itself.
            stmts=[{'id':sub['id'],'text':intro,'domains':domains[sub['id']]}]; intro=''
        sec['subsections'].append({'id':sub['id'],'title':sub['title'] or titles[sub['id']],'introduction':intro,'statements':stmts})
    out['sections'].append(sec)
text=json.dumps(out,indent=1,ensure_ascii=False)
# Words broken across lines in the source: join them, keeping real hyphens.
text=re.sub(r'\b(post|non)- ([a-z])', r'\1-\2', text)
text=re.sub(r'([a-z])- ([a-z])', r'\1\2', text)
open(sys.argv[2],'w',encoding='utf-8').write(text)
n=sum(len(x['statements']) for s in out['sections'] for x in s['subsections'])
print(n)
