import net from 'node:net'

/**
 * A TCP proxy to the Redis at 127.0.0.1:6379 that a test opens and cuts, to take Redis away from
 * the processes that reach it through the proxy's port, and give it back, without touching the
 * Redis that other test runs share.
 */
export interface RedisProxy {
  /** Starts forwarding: new connections reach Redis. */
  open(): Promise<void>
  /** Refuses new connections and drops the open ones, as a Redis that went away. */
  cut(): Promise<void>
  /** Keeps the connections open but forwards nothing, as a Redis that stopped answering. */
  stall(): void
  /** Forwards again, what was held back first, as a Redis that caught up. */
  resume(): void
  port: number
  url: string
}

/** A port nothing listens on now, found by letting the system pick one and closing it. */
async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** A proxy that starts cut: its port refuses connections until `open()`. */
export async function redisProxy(): Promise<RedisProxy> {
  const port = await closedPort()
  const sockets = new Set<net.Socket>()
  const track = (socket: net.Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
  }
  let stalled = false
  let held: (() => void)[] = []
  const forward = (from: net.Socket, to: net.Socket) =>
    from.on('data', (chunk) => {
      if (stalled) held.push(() => to.write(chunk))
      else to.write(chunk)
    })
  const server = net.createServer((client) => {
    const redis = net.connect(6379, '127.0.0.1')
    track(client)
    track(redis)
    forward(client, redis)
    forward(redis, client)
    client.on('close', () => redis.destroy())
    redis.on('close', () => client.destroy())
  })
  return {
    open: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    cut: async () => {
      const closed = new Promise((resolve) => server.close(resolve))
      for (const socket of sockets) socket.destroy()
      held = []
      stalled = false
      await closed
    },
    stall: () => {
      stalled = true
    },
    resume: () => {
      stalled = false
      for (const send of held.splice(0)) send()
    },
    port,
    url: `redis://127.0.0.1:${port}`,
  }
}
