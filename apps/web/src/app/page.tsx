export default function Home() {
  return (
    <main className="mx-auto max-w-3xl px-6 py-16">
      <h1 className="text-4xl font-bold">EmberLearn</h1>
      <p className="mt-4 text-lg">Learn Python by reading, writing and running real code — with tutors that explain, review and debug alongside you.</p>
    </main>
  );
}
