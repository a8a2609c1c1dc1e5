import { contextBridge, ipcRenderer } from 'electron';
import { createBridgeApi, type IpcLike } from './bridgeApi';

contextBridge.exposeInMainWorld('fenlight', createBridgeApi(ipcRenderer as unknown as IpcLike));
