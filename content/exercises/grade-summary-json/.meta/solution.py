import csv
import json


def summarize(csv_path, json_path):
    by_subject = {}
    used = 0
    with open(csv_path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            score = (row["score"] or "").strip()
            if not score:
                continue
            by_subject.setdefault(row["subject"], []).append((row["student"], int(score)))
            used += 1

    summary = {}
    for subject, results in by_subject.items():
        best_name, best_score = results[0]
        for name, score in results:
            if score > best_score:
                best_name, best_score = name, score
        scores = [score for _, score in results]
        summary[subject] = {"count": len(scores), "average": round(sum(scores) / len(scores), 1), "best": best_name}

    with open(json_path, "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=2)
    return used
