#!/usr/bin/env bash
# Starts a throwaway Apache Kafka broker for tests and local distributed mode:
# KRaft, one node that is both broker and controller, on free loopback ports, with
# its data in a fresh temp dir. The jars come from Maven Central through Maven and
# are cached outside the repo, so only the first run downloads (idempotent).
#
#   scripts/kafka/start.sh              fetch if needed, format, start; prints
#                                       KAFKA_BROKERS=127.0.0.1:<port> KAFKA_DIR=<dir> KAFKA_PID=<pid>
#   scripts/kafka/start.sh --fetch-only only fill the jar cache (CI warm-up)
#   scripts/kafka/start.sh --watch-pid <pid>   also stop the broker when <pid> exits
#   scripts/kafka/stop.sh <KAFKA_DIR>   stops it and deletes its data
#
# Env: KAFKA_VERSION (default 4.1.2), EMBERLEARN_CACHE (default ~/.cache/emberlearn),
#      KAFKA_HEAP (default 512m), KAFKA_START_TIMEOUT seconds (default 90).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
version="${KAFKA_VERSION:-4.1.2}"
cache="${EMBERLEARN_CACHE:-$HOME/.cache/emberlearn}/kafka-$version"
libs="$cache/libs"
fetch_only=false watch_pid=""
while (( $# )); do
  case "$1" in
    --fetch-only) fetch_only=true ;;
    --watch-pid) watch_pid="$2"; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

log() { echo "kafka: $*" >&2; }

fetch() {
  [[ -f "$cache/.complete" ]] && return 0
  command -v mvn >/dev/null || { log "Maven is missing (apt-get install -y maven)"; exit 1; }
  mkdir -p "$cache"
  # one fetch at a time per version, so parallel test runs don't fight over the cache
  exec 9>"$cache/.lock"
  flock 9
  [[ -f "$cache/.complete" ]] && return 0
  log "resolving Apache Kafka $version jars through Maven into $libs (first run only)"
  # kafka_2.13 holds the KRaft server (kafka.Kafka) and the storage formatter;
  # kafka-tools gives the CLI classes (consumer groups, topics) for debugging;
  # log4j-slf4j2-impl makes the broker's log land in a file we can read on failure.
  cat > "$cache/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>emberlearn</groupId><artifactId>kafka-broker</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.apache.kafka</groupId><artifactId>kafka_2.13</artifactId><version>$version</version>
    </dependency>
    <dependency>
      <groupId>org.apache.kafka</groupId><artifactId>kafka-tools</artifactId><version>$version</version>
    </dependency>
    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId><version>2.0.17</version></dependency>
    <dependency>
      <groupId>org.apache.logging.log4j</groupId><artifactId>log4j-slf4j2-impl</artifactId><version>2.25.4</version>
    </dependency>
  </dependencies>
  <build><plugins><plugin>
    <groupId>org.apache.maven.plugins</groupId><artifactId>maven-dependency-plugin</artifactId><version>3.8.1</version>
  </plugin></plugins></build>
</project>
POM
  rm -rf "$libs.tmp"
  if ! mvn -B -q -f "$cache/pom.xml" dependency:copy-dependencies -DincludeScope=runtime \
      -DoutputDirectory="$libs.tmp" > "$cache/mvn.log" 2>&1; then
    cat "$cache/mvn.log" >&2; exit 1
  fi
  rm -rf "$libs" && mv "$libs.tmp" "$libs"
  touch "$cache/.complete"
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local p
  for _ in $(seq 1 200); do
    p=$(( 20000 + RANDOM % 40000 ))
    port_free "$p" && { echo "$p"; return 0; }
  done
  log "no free port found"; exit 1
}

fetch
$fetch_only && exit 0
command -v java >/dev/null || { log "Java 17+ is missing (apt-get install -y default-jre-headless)"; exit 1; }

dir="$(mktemp -d "${TMPDIR:-/tmp}/emberlearn-kafka-XXXXXX")"
port=$(free_port)
cport=$(free_port)
while [[ $cport == "$port" ]]; do cport=$(free_port); done

cat > "$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$cport
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/data
# the event bus must create its topics itself (partitions, dead-letter topics)
auto.create.topics.enable=false
num.partitions=3
default.replication.factor=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=3
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
# tests: no waiting for more members before the first rebalance
group.initial.rebalance.delay.ms=0
# tests may use short consumer sessions to see a killed consumer replaced quickly
group.min.session.timeout.ms=1000
PROPS

cat > "$dir/log4j2.properties" <<LOG
status = warn
appender.file.type = File
appender.file.name = FILE
appender.file.fileName = $dir/server.log
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = FILE
logger.state.name = state.change.logger
logger.state.level = WARN
LOG

# Small heap, client compiler only: a test broker needs a fast start, not peak throughput.
jvm=(-Xms128m "-Xmx${KAFKA_HEAP:-512m}" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto
     -Djava.awt.headless=true "-Dlog4j2.configurationFile=$dir/log4j2.properties" -cp "$libs/*")

cluster_id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')
java "${jvm[@]}" kafka.tools.StorageTool format --cluster-id="$cluster_id" -c "$dir/server.properties" \
  > "$dir/format.log" 2>&1 \
  || { cat "$dir/format.log" >&2; rm -rf "$dir"; exit 1; }

nohup java "${jvm[@]}" kafka.Kafka "$dir/server.properties" > "$dir/stdout.log" 2>&1 < /dev/null &
pid=$!
echo "$pid" > "$dir/pid"

deadline=$(( SECONDS + ${KAFKA_START_TIMEOUT:-90} ))
until ! port_free "$port" && grep -q "Kafka Server started" "$dir/server.log" 2>/dev/null; do
  if ! kill -0 "$pid" 2>/dev/null || (( SECONDS > deadline )); then
    log "broker did not start; last log lines:"
    tail -n 30 "$dir/server.log" "$dir/stdout.log" >&2 2>/dev/null || true
    bash "$here/stop.sh" "$dir" >&2 || true
    exit 1
  fi
  sleep 0.2
done

if [[ -n $watch_pid ]]; then
  # a watchdog, so a test run that dies without teardown leaves no broker behind
  nohup bash -c 'while kill -0 "$1" 2>/dev/null && kill -0 "$2" 2>/dev/null; do sleep 1; done; bash "$3" "$4"' \
    _ "$watch_pid" "$pid" "$here/stop.sh" "$dir" > /dev/null 2>&1 < /dev/null &
fi

echo "KAFKA_BROKERS=127.0.0.1:$port"
echo "KAFKA_DIR=$dir"
echo "KAFKA_PID=$pid"
