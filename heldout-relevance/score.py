# Runs every held-out case through the checker and scores IND-007 / IND-008 / FORM-009 against expected.json.
import json, subprocess, sys, os, glob
D = os.path.dirname(os.path.abspath(__file__)); jar = sys.argv[1] if len(sys.argv) > 1 else "target/declaration-checker.jar"
exp = json.load(open(os.path.join(D, "expected.json")))
tot = {r: dict(expected=0, flagged=0, tp=0, fp=0, miss=0) for r in ("IND-007", "IND-008", "FORM-009")}
for cid, e in sorted(exp.items()):
    doc = json.load(open(os.path.join(D, cid + ".json")))
    out = subprocess.run(["java", "-jar", jar, "check", "--format", "json", os.path.join(D, cid + ".json")], capture_output=True, text=True).stdout
    fs = [x for x in json.loads(out)["findings"] if x["ruleId"] in tot]
    # IND-007: a finding names its clause in seen.zh
    got7 = [x["seen"]["zh"] if x.get("seen") else x["message"]["zh"] for x in fs if x["ruleId"] == "IND-007"]
    for want in e["ind007"]:
        hit = [g for g in got7 if want in g]
        tot["IND-007"]["expected"] += 1
        if hit: tot["IND-007"]["tp"] += 1
        else: tot["IND-007"]["miss"] += 1; print(f"{cid}: IND-007 MISS {want}")
    for g in got7:
        tot["IND-007"]["flagged"] += 1
        if not any(w in g for w in e["ind007"]):
            if any(w in g for w in e["either007"]): print(f"{cid}: IND-007 either {g}")
            else: tot["IND-007"]["fp"] += 1; print(f"{cid}: IND-007 FALSE+ {g}")
    got8 = [int(x["field"].split("/")[2]) for x in fs if x["ruleId"] == "IND-008"]
    tot["IND-008"]["expected"] += len(e["ind008"])
    for i in e["ind008"]:
        if i in got8: tot["IND-008"]["tp"] += 1
        else: tot["IND-008"]["miss"] += 1; print(f"{cid}: IND-008 MISS #{i} {doc['indicators'][i]['level3']}")
    for i in got8:
        tot["IND-008"]["flagged"] += 1
        if i not in e["ind008"]:
            if i in e["either008"]: print(f"{cid}: IND-008 either #{i} {doc['indicators'][i]['level3']}")
            else: tot["IND-008"]["fp"] += 1; print(f"{cid}: IND-008 FALSE+ #{i} {doc['indicators'][i]['level3']}")
    got9 = any(x["ruleId"] == "FORM-009" for x in fs)
    tot["FORM-009"]["expected"] += e["form009"]; tot["FORM-009"]["flagged"] += got9
    if got9 and e["form009"]: tot["FORM-009"]["tp"] += 1
    elif got9: tot["FORM-009"]["fp"] += 1; print(f"{cid}: FORM-009 FALSE+")
    elif e["form009"]: tot["FORM-009"]["miss"] += 1; print(f"{cid}: FORM-009 MISS")
print("| rule | expected | flagged | right | false positives | misses |\n|---|---|---|---|---|---|")
for r, t in tot.items(): print(f"| {r} | {t['expected']} | {t['flagged']} | {t['tp']} | {t['fp']} | {t['miss']} |")
