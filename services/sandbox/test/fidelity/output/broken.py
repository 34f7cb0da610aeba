def countdown(n):
    for i in range(n, 0, -1):
        print(i)


def banner(text):
    return "**\n" + text + "\n**\n"


def report(values):
    print("nothing to report")
    return sum(values)
