class {{error}}(Exception):
    """Anything wrong with what the user typed."""


def calculate(expression):
    parts = expression.split()
    if len(parts) != 3:
        raise {{error}}("expected: number operator number")
    left, operator, right = parts

    numbers = []
    for text in (left, right):
        try:
            numbers.append(float(text))
        except ValueError:
            raise {{error}}(f"not a number: {text}") from None
    a, b = numbers

    if operator == "+":
        return a + b
    if operator == "-":
        return a - b
    if operator == "*":
        return a * b
    if operator == "/":
        try:
            return a / b
        except ZeroDivisionError:
            raise {{error}}("cannot divide by zero") from None
    raise {{error}}(f"unknown operator: {operator}")
