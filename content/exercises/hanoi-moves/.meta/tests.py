import unittest
from student import hanoi


class TestHanoi(unittest.TestCase):
    def test_no_disks(self):
        self.assertEqual(hanoi(0), [], "hanoi(0) should be an empty list: nothing to move")

    def test_one_disk(self):
        self.assertEqual(hanoi(1), ["A->C"], 'hanoi(1) should be ["A->C"]')

    def test_two_disks(self):
        self.assertEqual(hanoi(2), ["A->B", "A->C", "B->C"], 'hanoi(2) should be ["A->B", "A->C", "B->C"]')

    def test_three_disks(self):
        want = ["A->C", "A->B", "C->B", "A->C", "B->A", "B->C", "A->C"]
        self.assertEqual(hanoi(3), want, "hanoi(3) should be the 7 moves shown in the examples, in that order")

    def test_other_peg_names(self):
        want = ["left->middle", "left->right", "middle->right"]
        self.assertEqual(hanoi(2, "left", "right", "middle"), want, 'hanoi(2, "left", "right", "middle") should use the peg names it was given')

    def test_many_disks(self):
        moves = hanoi(6)
        self.assertIsInstance(moves, list, "hanoi(6) should return a list of moves")
        self.assertEqual(len(moves), 63, "6 disks should take 2**6 - 1 = 63 moves")
        self.assertEqual(moves[31], "A->C", "in the middle of the solution, the biggest disk moves from A to C")
