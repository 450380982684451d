import net from 'node:net'

/**
 * A TCP proxy to the Redis at 127.0.0.1:6379 that a test opens and cuts, to take Redis away from
 * the processes that reach it through the proxy's port, and give it back, without touching the
 * Redis that other test runs share.
 */
export interface RedisProxy {
  /** Starts forwarding: new connections reach Redis. */
  open(): void
  /** Drops new connections and the open ones, as a Redis that went away. */
  cut(): void
  /** Keeps the connections open but forwards nothing, as a Redis that stopped answering. */
  stall(): void
  /** Forwards again, what was held back first, as a Redis that caught up. */
  resume(): void
  /** How many connections it has dropped at once since it was made: the clients' attempts to reconnect. */
  dropped(): number
  /** Stops listening, for the end of a test file. */
  close(): Promise<void>
  url: string
}

/** A proxy that starts cut: it drops connections until `open()`. */
export async function redisProxy(): Promise<RedisProxy> {
  const sockets = new Set<net.Socket>()
  const track = (socket: net.Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
  }
  let forwarding = false
  let dropped = 0
  let stalled = false
  let held: (() => void)[] = []
  const forward = (from: net.Socket, to: net.Socket) =>
    from.on('data', (chunk) => {
      if (stalled) held.push(() => to.write(chunk))
      else to.write(chunk)
    })
  const server = net.createServer((client) => {
    if (!forwarding) {
      dropped++
      client.destroy()
      return
    }
    const redis = net.connect(6379, '127.0.0.1')
    track(client)
    track(redis)
    forward(client, redis)
    forward(redis, client)
    client.on('close', () => redis.destroy())
    redis.on('close', () => client.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  const cut = () => {
    forwarding = false
    for (const socket of sockets) socket.destroy()
    held = []
    stalled = false
  }
  return {
    open: () => {
      forwarding = true
    },
    cut,
    stall: () => {
      stalled = true
    },
    resume: () => {
      stalled = false
      for (const send of held.splice(0)) send()
    },
    dropped: () => dropped,
    close: async () => {
      cut()
      await new Promise((resolve) => server.close(resolve))
    },
    url: `redis://127.0.0.1:${port}`,
  }
}
