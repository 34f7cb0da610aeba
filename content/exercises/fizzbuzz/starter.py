def fizzbuzz(n):
    pass
