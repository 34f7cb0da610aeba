import csv


def report(in_path, out_path):
    passed = 0
    with open(in_path, newline="", encoding="utf-8") as src, open(out_path, "w", encoding="utf-8") as out:
        for row in csv.DictReader(src):
            ok = int(row["score"]) >= 50
            passed += ok
            out.write(f"{row['name']}: {'PASS' if ok else 'FAIL'}\n")
    return passed
