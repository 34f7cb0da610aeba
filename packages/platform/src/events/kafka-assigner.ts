import type { GroupPartitionsAssigner, GroupPartitionsAssignments } from "@platformatic/kafka";

// Partition assignment for one consumer group whose members subscribe to different
// topics (a service with one consumer per topic, all in the service's group).
// The client's default round-robin hands every topic's partitions to every member,
// subscribed or not, so a member could be given a topic it never reads and those
// events would wait forever. Here a topic's partitions go only to its subscribers.

export const subscriptionAwareAssigner: GroupPartitionsAssigner = (_current, members, leaderTopics, metadata) => {
  const memberIds = [...members.keys()].sort();
  const result = new Map<string, GroupPartitionsAssignments>(
    memberIds.map((memberId) => [memberId, { memberId, assignments: new Map() }]),
  );
  const topicsOf = (memberId: string) => members.get(memberId)?.topics ?? [...leaderTopics];
  const allTopics = [...new Set(memberIds.flatMap(topicsOf))].sort();
  let turn = 0; // carried across topics, so one-partition topics do not all land on the first member
  for (const topic of allTopics) {
    const partitionsCount = metadata.topics.get(topic)?.partitionsCount ?? 0;
    const subscribers = memberIds.filter((id) => topicsOf(id).includes(topic));
    if (subscribers.length === 0) continue;
    for (let partition = 0; partition < partitionsCount; partition++) {
      const member = result.get(subscribers[turn++ % subscribers.length]);
      if (!member) continue; // every subscriber has an entry: result is built from memberIds
      let entry = member.assignments.get(topic);
      if (!entry) {
        entry = { topic, partitions: [] };
        member.assignments.set(topic, entry);
      }
      entry.partitions.push(partition);
    }
  }
  return [...result.values()];
};
