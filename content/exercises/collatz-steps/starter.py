def collatz_steps(n):
    pass
