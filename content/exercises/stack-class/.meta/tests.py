import unittest
from student import Stack


class TestStack(unittest.TestCase):
    def test_push_pop(self):
        s = Stack()
        s.push(1)
        s.push(2)
        self.assertEqual(s.pop(), 2, "the last item pushed comes out first")
        self.assertEqual(s.pop(), 1, "then the one before it")

    def test_empty(self):
        s = Stack()
        self.assertEqual(s.is_empty(), True, "a new stack is empty")
        self.assertEqual(s.pop(), None, "pop() on an empty stack gives None")
        self.assertEqual(s.peek(), None, "peek() on an empty stack gives None")

    def test_peek_and_len(self):
        s = Stack()
        s.push("a")
        s.push("b")
        self.assertEqual(s.peek(), "b", "peek() shows the top item")
        self.assertEqual(len(s), 2, "peek() does not remove anything")
